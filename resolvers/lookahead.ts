/**
 * Look-ahead for connection fields: when a request reads `edges { statement { evidence(…) } }`
 * under an edge connection, the edge query can fetch that evidence page in the same round trip
 * and prime the statement-evidence loader, instead of a third round trip after the statements.
 */
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toPage } from '../domain/paging.js';
import type { EvidencePrefetch } from '../loaders/edge.loader.js';
import type { Context } from './context.js';

/** The fields called `name` directly in a selection set, looking through fragments. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return sel.name.value === name ? [sel] : [];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(info, sel.selectionSet, name);
    return fieldsNamed(info, info.fragments[sel.name.value]?.selectionSet, name);
  });
}

/**
 * The evidence page the selection asks for under `edges { statement { … } }`, or null when it asks
 * for none, for several (aliases with different arguments), or for one whose arguments are invalid
 * (the evidence resolver then runs as usual and reports the error).
 */
export function evidenceLookahead(ctx: Context, info: GraphQLResolveInfo): EvidencePrefetch | null {
  const evidence = info.fieldNodes
    .flatMap((f) => fieldsNamed(info, f.selectionSet, 'edges'))
    .flatMap((e) => fieldsNamed(info, e.selectionSet, 'statement'))
    .flatMap((s) => fieldsNamed(info, s.selectionSet, 'evidence'));
  if (evidence.length !== 1) return null;
  const args = Object.fromEntries(
    (evidence[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]),
  ) as { first?: number | null; after?: string | null; status?: string | null };
  try {
    return { status: args.status ?? null, ...toPage(args.first, args.after, ctx.maxPageSize) };
  } catch {
    return null;
  }
}
