/**
 * Query limits, on by default (docs/security.md): depth, aliases, root fields and an estimated cost, all
 * checked before anything runs. The cost counts every field once per object it is asked of: a field
 * that pages (it takes `first` or `limit`) multiplies what it selects by the page size asked for (or
 * the argument's default), and a traversal (paths, neighbourhoods, survival, search) weighs
 * TRAVERSAL_COST.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { QueryLimits } from '../domain/config.js';
import { ErrorCode } from '../domain/errors.js';

/** The configured limits (MAX_QUERY_DEPTH, MAX_ALIASES, MAX_ROOT_FIELDS, MAX_QUERY_COST). */
export type Limits = QueryLimits;

const TRAVERSAL_COST = 200;
const TRAVERSALS = new Set([
  'resistancePaths',
  'paths',
  'combinationTherapies',
  'neighborhood',
  'survival',
  'expressionComparison',
  'search',
]);
/** Page size assumed for list fields without an explicit `first`/`limit`. */
const DEFAULT_PAGE = 20;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** The page size a paging field asks for (1 for fields that do not page). */
function pageSize(field: FieldNode, pagingDefault: number | null, variables: Record<string, unknown>): number {
  if (pagingDefault === null) return 1;
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'limit') continue;
    if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
    if (arg.value.kind === Kind.VARIABLE) {
      const v = variables[arg.value.name.value];
      if (typeof v === 'number' && Number.isFinite(v)) return Math.max(1, v);
    }
  }
  return pagingDefault;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  seen: Set<string>;
  /** Measured fragments: a fragment spread many times is measured once (fragment bombs stay cheap). */
  memo: Map<string, [number, number]>;
}

/** The field's definition on a type, and its paging default (null when it does not page). */
function fieldInfo(
  parent: GraphQLNamedType | undefined,
  name: string,
): { type?: GraphQLNamedType; paging: number | null } {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return { paging: null };
  const def = parent.getFields()[name];
  if (!def) return { paging: null };
  const arg = def.args.find((a) => a.name === 'first' || a.name === 'limit');
  const paging = arg ? (typeof arg.defaultValue === 'number' ? arg.defaultValue : DEFAULT_PAGE) : null;
  return { type: getNamedType(def.type), paging };
}

/** Walks a selection set (fragments expanded) and returns [depth, cost]. */
function measure(set: SelectionSetNode, parent: GraphQLNamedType | undefined, w: Walk): [number, number] {
  let depth = 0;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const own = TRAVERSALS.has(sel.name.value) ? TRAVERSAL_COST : 1;
      const info = fieldInfo(parent, sel.name.value);
      if (sel.selectionSet) {
        const [d, c] = measure(sel.selectionSet, info.type, w);
        depth = Math.max(depth, d + 1);
        cost += own + pageSize(sel, info.paging, w.variables) * c;
      } else {
        depth = Math.max(depth, 1);
        cost += own;
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : parent;
      const [d, c] = measure(sel.selectionSet, type ?? parent, w);
      depth = Math.max(depth, d);
      cost += c;
    } else {
      const name = sel.name.value;
      const frag = w.fragments[name];
      if (!frag || w.seen.has(name)) continue; // cycles are reported by graphql's own rules
      let measured = w.memo.get(name);
      if (!measured) {
        w.seen.add(name);
        measured = measure(frag.selectionSet, w.schema.getType(frag.typeCondition.name.value) ?? parent, w);
        w.seen.delete(name);
        w.memo.set(name, measured);
      }
      depth = Math.max(depth, measured[0]);
      cost += measured[1];
    }
  }
  return [depth, cost];
}

function countAliases(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) n++;
      if (sel.selectionSet) n += countAliases(sel.selectionSet, fragments, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) n += countAliases(sel.selectionSet, fragments, seen);
    else if (!seen.has(sel.name.value) && fragments[sel.name.value]) {
      seen.add(sel.name.value);
      n += countAliases(fragments[sel.name.value]!.selectionSet, fragments, seen);
    }
  }
  return n;
}

/** Throws QUERY_TOO_COMPLEX when the operation exceeds a limit. */
export function checkLimits(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const roots = op.selectionSet.selections.length;
  if (roots > limits.maxRootFields)
    throw tooComplex(`${roots} root fields; at most ${limits.maxRootFields} per request`);
  const aliases = countAliases(op.selectionSet, fragments, new Set());
  if (aliases > limits.maxAliases) throw tooComplex(`${aliases} aliases; at most ${limits.maxAliases} per request`);
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const [depth, cost] = measure(op.selectionSet, root ?? undefined, {
    schema,
    fragments,
    variables,
    seen: new Set(),
    memo: new Map(),
  });
  if (depth > limits.maxDepth) throw tooComplex(`query depth ${depth}; at most ${limits.maxDepth}`);
  if (cost > limits.maxCost) {
    throw tooComplex(`estimated cost ${cost}; at most ${limits.maxCost} (ask for smaller pages or fewer nested lists)`);
  }
}
