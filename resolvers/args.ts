/** Small helpers shared by resolvers: page arguments and entity lookups by id or name. */
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../db/records.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { toStatementFilter, type StatementFilterArgs } from '../domain/filters.js';
import { nameKey } from '../domain/names.js';
import type { ListRef } from '../domain/cursor.js';
import { toWindow, type Window } from '../domain/paging.js';
import { lengthProblem, nameLengthProblem } from '../domain/validation.js';
import type { NodeKind } from '../domain/vocabulary.js';
import { edgeListRef } from '../loaders/edge.loader.js';
import { statementsListRef } from '../loaders/statement.loader.js';
import type { EDGE_PAGES } from '../loaders/index.js';
import type { PageArgs } from '../schema/page.args.js';
import type { Context } from './context.js';
import { evidenceLookahead } from './lookahead.js';
import { edgePrefetch } from './prefetch.js';

/**
 * The kinds a bare name is looked up among when a traversal does not say, in order: the first kind
 * that knows the name wins (cell lines and publications are not traversal ends).
 */
const LOOKUP_ORDER: readonly NodeKind[] = [
  'GENE',
  'MIRNA',
  'DRUG',
  'DISEASE',
  'PROCESS',
  'PATHWAY',
  'GENE_FAMILY',
  'DRUG_CLASS',
  'COMBINATION',
  'VARIANT',
];

/**
 * BAD_USER_INPUT naming `arg` when a lookup value is over its limit (domain/validation.ts
 * MAX_LENGTH): as an id (`id`) and as a name (`lookupName`, its lookup key too), before it reaches
 * an index.
 */
function requireLookupLength(arg: string, value: string, asName: boolean): void {
  const problem = asName ? nameLengthProblem(arg, value, 'lookupName') : lengthProblem(arg, value, 'id');
  if (problem) throw badInput(problem.field, problem.message);
}

/** The window `first`/`after`/`last`/`before` ask for in the list `ref` (cursors of other lists are refused). */
export function windowOf(ctx: Context, args: PageArgs, ref: ListRef): Window {
  return toWindow(args, ref, ctx.maxPageSize);
}

/**
 * A page of the edge list `loader` of `id` (Gene.targetedBy is targetsIn), of the edges that pass
 * the args' filters (schema/filter.args.ts), with the evidence page the selection reads under each
 * edge's statement fetched in the same round trip.
 */
export function edgePage(
  ctx: Context,
  loader: keyof typeof EDGE_PAGES,
  id: string,
  args: PageArgs & StatementFilterArgs,
  info: GraphQLResolveInfo,
) {
  const filter = toStatementFilter(args);
  return ctx.loaders[loader].load({
    id,
    window: windowOf(ctx, args, edgeListRef(loader, id)),
    evidence: evidenceLookahead(ctx, info),
    filter,
  });
}

/**
 * A page of the statements with entity `id` as subject or object (Gene.statements,
 * Drug.statements, ...), or that publication `id` is cited for (`publication`), filtered.
 */
export function statementsPage(
  ctx: Context,
  id: string,
  args: PageArgs & StatementFilterArgs,
  loader: 'entityStatements' | 'publicationStatements' = 'entityStatements',
) {
  const filter = toStatementFilter(args);
  return ctx.loaders[loader].load({ id, window: windowOf(ctx, args, statementsListRef(id)), filter });
}

/**
 * `kind(id: ..., name: ...)`: exactly one of the two; an unknown entity is null, not an error. With
 * the field's `info`, a name lookup fetches the edge page its selection reads with it (resolvers/prefetch.ts).
 */
export async function lookup(
  ctx: Context,
  kind: string,
  id: string | null | undefined,
  name: string | null | undefined,
  nameArg: string,
  info?: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  if ((id == null) === (name == null))
    throw badInput(id == null ? 'id' : nameArg, `give exactly one of id or ${nameArg}`);
  if (id != null) requireLookupLength('id', id, false);
  else requireLookupLength(nameArg, name!, true);
  if (id != null) {
    const node = await ctx.loaders.node.load(id.trim());
    if (node) return node.kind === kind ? node : null;
  }
  // Names, and ids the entity is known by besides its own (NCBIGene:857, DOID:684).
  const key = nameKey((id ?? name)!);
  if (!key) throw badInput(id != null ? 'id' : nameArg, 'must not be empty');
  // A name lookup whose selection reads an edge page fetches both in one round trip.
  const page = id == null && info ? edgePrefetch(ctx, info) : null;
  if (page) return ctx.loaders.byNameWithEdges.load({ ...page, lookup: { key, kind } });
  return ctx.loaders.byName.load({ key, kind });
}

/**
 * An entity named by a traversal argument: its id, or any name (of `kind`, when given).
 * Unknown is NOT_FOUND naming the argument.
 */
export async function requireEntity(
  ctx: Context,
  kind: string | null,
  ref: string,
  arg: string,
): Promise<EntityRecord> {
  requireLookupLength(arg, ref, true);
  const byId = await ctx.loaders.node.load(ref.trim());
  if (byId && (kind === null || byId.kind === kind)) return byId;
  const key = nameKey(ref);
  if (key) {
    const kinds = kind ? [kind] : LOOKUP_ORDER;
    const found = await ctx.loaders.byName.loadMany(kinds.map((k) => ({ key, kind: k })));
    const hit = found.find((f) => f && !(f instanceof Error));
    if (hit) return hit as EntityRecord;
  }
  throw new AppError(
    ErrorCode.NOT_FOUND,
    `${arg}: no ${kind ? kind.toLowerCase().replace('_', ' ') : 'entity'} is known as ${JSON.stringify(ref)}`,
    { field: arg },
  );
}
