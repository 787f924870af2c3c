/**
 * Look-ahead for connection fields: when a request reads `edges { statement { evidence(…) } }`
 * under an edge connection, the edge query can fetch that evidence page in the same round trip
 * and prime the statement-evidence loader, instead of a third round trip after the statements.
 *
 * The three field names are the schema's own: `edges` is checked against the connection class,
 * and `statement` and `evidence` name the field resolvers that declare them (resolvers/edge.resolver.ts,
 * resolvers/statement.resolver.ts), so renaming a field renames what the look-ahead looks for;
 * test/unit/lookahead.test.ts checks the path against the built schema.
 */
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toWindow } from '../domain/paging.js';
import type { EvidencePrefetch } from '../loaders/edge.loader.js';
import type { TargetConnection } from '../schema/edges.type.js';
import type { Context } from './context.js';

/** Connection.edges (schema/connection.ts). */
export const EDGES_FIELD = 'edges' satisfies keyof TargetConnection;
/** The statement an edge projects (its field resolver takes this name). */
export const STATEMENT_FIELD = 'statement';
/** Statement.evidence, a page of evidence (its field resolver takes this name). */
export const EVIDENCE_FIELD = 'evidence';

/** Windows without cursors decode none, so they name no list. */
const NO_CURSORS = { list: '', types: [] };

/** The fields called `name` directly in a selection set, looking through fragments. */
export function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return sel.name.value === name ? [sel] : [];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(info, sel.selectionSet, name);
    return fieldsNamed(info, info.fragments[sel.name.value]?.selectionSet, name);
  });
}

/**
 * The evidence page the selection asks for under `edges { statement { … } }`, or null when it asks
 * for none, for several (aliases with different arguments), for one whose arguments are invalid
 * (the evidence resolver then runs as usual and reports the error), or for one after or before a
 * cursor (a cursor is bound to one statement's list, so it is no page of every edge's statement).
 */
export function evidenceLookahead(
  ctx: Pick<Context, 'maxPageSize'>,
  info: GraphQLResolveInfo,
): EvidencePrefetch | null {
  const evidence = info.fieldNodes
    .flatMap((f) => fieldsNamed(info, f.selectionSet, EDGES_FIELD))
    .flatMap((e) => fieldsNamed(info, e.selectionSet, STATEMENT_FIELD))
    .flatMap((s) => fieldsNamed(info, s.selectionSet, EVIDENCE_FIELD));
  if (evidence.length !== 1) return null;
  const args = Object.fromEntries(
    (evidence[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]),
  ) as {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
    status?: string | null;
  };
  if (args.after != null || args.before != null) return null;
  try {
    return { status: args.status ?? null, window: toWindow(args, NO_CURSORS, ctx.maxPageSize) };
  } catch {
    return null;
  }
}
