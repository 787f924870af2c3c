/**
 * Look-ahead for root lookups by name: `gene(symbol: "…") { targetedBy(first: 10) { … } }` finds
 * the gene and reads its edge page (with the evidence page under each edge's statement, see
 * resolvers/lookahead.ts) in one round trip, instead of a lookup and then the page. The entity and
 * the page go to the loaders the field resolvers read (loaders/edge.loader.ts namedEdgeLoader), so
 * the fields resolve as usual and only the round trip is saved.
 *
 * It applies when the selection reads exactly one edge-page field of the entity (its first page:
 * a cursor belongs to one entity's list, unknown before the lookup) without @skip or @include; any
 * other selection, or arguments the field resolver will refuse, leaves the lookup as it was.
 */
import { getArgumentValues, getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { toStatementFilter } from '../domain/filters.js';
import { toWindow } from '../domain/paging.js';
import type { NamedEdgeKey } from '../loaders/edge.loader.js';
import type { EDGE_PAGES } from '../loaders/index.js';
import type { Context } from './context.js';
import { evidenceLookahead, fieldsNamed } from './lookahead.js';

type EdgeLoaderName = keyof typeof EDGE_PAGES;

/** Gene's edge-page fields, by the edge loader that serves each (resolvers/gene.resolver.ts reads these). */
export const GENE_EDGES = {
  targetedBy: 'targetsIn',
  regulators: 'regulatesIn',
  regulates: 'regulatesOut',
  pathways: 'participatesOut',
  variants: 'variantsIn',
} as const satisfies Record<string, EdgeLoaderName>;

/** The edge-page fields of each type a root lookup returns. */
const EDGE_FIELDS: Record<string, Record<string, EdgeLoaderName>> = { Gene: GENE_EDGES };

/** Windows without cursors decode none, so they name no list. */
const NO_CURSORS = { list: '', types: [] };

/** The edge page the selection of a root lookup reads, or null when it reads none (or several). */
export function edgePrefetch(
  ctx: Pick<Context, 'maxPageSize'>,
  info: GraphQLResolveInfo,
): Omit<NamedEdgeKey, 'lookup'> | null {
  const type = getNamedType(info.returnType);
  const fields = EDGE_FIELDS[type.name];
  if (!fields || !isObjectType(type) || info.fieldNodes.length !== 1) return null;
  const set = info.fieldNodes[0]!.selectionSet;
  const found = Object.keys(fields).flatMap((name) => fieldsNamed(info, set, name));
  if (found.length !== 1 || found[0]!.directives?.length) return null;
  const field = found[0]!;
  try {
    const args = getArgumentValues(type.getFields()[field.name.value]!, field, info.variableValues);
    if (args.after != null || args.before != null) return null;
    return {
      loader: fields[field.name.value]!,
      window: toWindow(args, NO_CURSORS, ctx.maxPageSize),
      evidence: evidenceLookahead(ctx, {
        fieldNodes: [field],
        fragments: info.fragments,
        variableValues: info.variableValues,
      }),
      filter: toStatementFilter(args),
    };
  } catch {
    return null; // the field resolver reports the error
  }
}
