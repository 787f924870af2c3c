/** Small helpers shared by resolvers: page arguments and entity lookups by id or name. */
import type { Row } from '../db/database.js';
import { badInput } from '../domain/errors.js';
import { nameKey } from '../domain/names.js';
import { toPage, type Page } from '../domain/paging.js';
import type { PageArgs } from '../schema/page.args.js';
import type { Context } from './context.js';

export function pageOf(ctx: Context, args: PageArgs): Page {
  return toPage(args.first, args.after, ctx.maxPageSize);
}

/** `kind(id: ..., name: ...)`: exactly one of the two; an unknown entity is null, not an error. */
export async function lookup(
  ctx: Context,
  kind: string,
  id: string | null | undefined,
  name: string | null | undefined,
  nameArg: string,
): Promise<Row | null> {
  if ((id == null) === (name == null))
    throw badInput(id == null ? 'id' : nameArg, `give exactly one of id or ${nameArg}`);
  if (id != null) {
    const node = await ctx.loaders.node.load(id.trim());
    if (node) return node.kind === kind ? node : null;
  }
  // Names, and ids the entity is known by besides its own (NCBIGene:857, DOID:684).
  const key = nameKey((id ?? name)!);
  if (!key) throw badInput(id != null ? 'id' : nameArg, 'must not be empty');
  return ctx.loaders.byName.load({ key, kind });
}
