/**
 * Query limits, on by default (docs/security.md): depth, aliases, root fields and an estimated cost, all
 * checked before anything runs. The cost counts every field once per object it is asked of: a field
 * that pages (it takes `first`, `last` or `limit`) multiplies what it selects by the page size asked for (or
 * the argument's default; a variable the client did not send counts at its declared default), and a
 * traversal (paths, neighbourhoods, survival, search) weighs TRAVERSAL_COST; a field given a list of
 * keys (`nodes(ids:)`, `resolve(names:)`) costs one plus its selection per key. Root fields and aliases
 * are counted as they will execute (fragments expanded, a fragment's aliases once per spread), and
 * introspection counts toward the cost. checkQuerySize refuses an oversized text before it is parsed.
 */
import {
  GraphQLError,
  Kind,
  Lexer,
  SchemaMetaFieldDef,
  Source,
  TokenKind,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
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
/**
 * List arguments that name what a field looks up (`nodes(ids:)`, `resolve(names:)`): each key is a
 * lookup of what the field selects, so the field costs one plus its selection per key.
 */
const KEY_LISTS = new Set(['ids', 'names']);
/** Page size assumed for list fields without an explicit `first`/`limit`. */
const DEFAULT_PAGE = 20;
/**
 * Introspection (`__schema`, `__type`) is costed like any other field, and each of its list fields
 * (`types`, `fields`, `args`, ...) multiplies what it selects by this many entries, so nested
 * `fields { type { fields ... } }` grows as it does when it runs. `__typename` stays free. At 5, the
 * full introspection query of GraphiQL (every option on) costs about 8,000, well inside the default
 * MAX_QUERY_COST, while seven levels of `fields { type { ... } }` cost more than 50,000.
 */
const INTROSPECTION_LIST = 5;

/** Largest query text, in characters, checked before it is parsed. */
export const MAX_QUERY_CHARS = 100_000;
/** Most lexical tokens a query may have, counted before it is parsed. */
export const MAX_QUERY_TOKENS = 10_000;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Arguments that give a page size: `first` or `last` of a connection, `limit` of a traversal. */
const PAGE_SIZE_ARGS = new Set(['first', 'last', 'limit']);

/** The page size a paging field asks for (1 for fields that do not page). */
function pageSize(field: FieldNode, pagingDefault: number | null, variables: Record<string, unknown>): number {
  if (pagingDefault === null) return 1;
  for (const arg of field.arguments ?? []) {
    if (!PAGE_SIZE_ARGS.has(arg.name.value)) continue;
    if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
    if (arg.value.kind === Kind.VARIABLE) {
      const v = variables[arg.value.name.value];
      if (typeof v === 'number' && Number.isFinite(v)) return Math.max(1, v);
    }
  }
  return pagingDefault;
}

/** How many keys a key-list field is given (a single value coerces to a list of one). */
function keyCount(field: FieldNode, argName: string, variables: Record<string, unknown>): number {
  const arg = field.arguments?.find((a) => a.name.value === argName);
  if (!arg) return 0;
  if (arg.value.kind === Kind.LIST) return arg.value.values.length;
  if (arg.value.kind === Kind.VARIABLE) {
    const v = variables[arg.value.name.value];
    return Array.isArray(v) ? v.length : v == null ? 0 : 1;
  }
  return 1;
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
): { type?: GraphQLNamedType; paging: number | null; list?: boolean; keys?: string } {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return { paging: null };
  const def =
    name === '__schema' ? SchemaMetaFieldDef : name === '__type' ? TypeMetaFieldDef : parent.getFields()[name];
  if (!def) return { paging: null };
  const arg = def.args.find((a) => a.name === 'first' || a.name === 'limit');
  const paging = arg ? (typeof arg.defaultValue === 'number' ? arg.defaultValue : DEFAULT_PAGE) : null;
  // A list on an introspection type (__Schema.types, __Type.fields, ...) has no page size to read.
  const list = parent.name.startsWith('__') && isListType(getNullableType(def.type));
  const keys = def.args.find((a) => KEY_LISTS.has(a.name) && isListType(getNullableType(a.type)))?.name;
  return { type: getNamedType(def.type), paging, list, keys };
}

/** Walks a selection set (fragments expanded) and returns [depth, cost]. */
function measure(set: SelectionSetNode, parent: GraphQLNamedType | undefined, w: Walk): [number, number] {
  let depth = 0;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === '__typename') continue;
      const own = TRAVERSALS.has(sel.name.value) ? TRAVERSAL_COST : 1;
      const info = fieldInfo(parent, sel.name.value);
      // Introspection adds to the cost but not to the depth: its type references nest deep by design.
      const introspection = sel.name.value.startsWith('__') || parent?.name.startsWith('__') === true;
      if (sel.selectionSet) {
        const [d, c] = measure(sel.selectionSet, info.type, w);
        if (!introspection) depth = Math.max(depth, d + 1);
        if (info.keys) cost += own + keyCount(sel, info.keys, w.variables) * (1 + c);
        else cost += own + (info.list ? INTROSPECTION_LIST : pageSize(sel, info.paging, w.variables)) * c;
      } else {
        if (!introspection) depth = Math.max(depth, 1);
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

/**
 * Aliases as they will execute: a fragment's aliases count once per spread. Each fragment is counted
 * once and its count reused (memo), so a fragment bomb is cheap to count; cycles count nothing here
 * (graphql's own rules report them).
 */
function countAliases(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
  memo: Map<string, number>,
): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) n++;
      if (sel.selectionSet) n += countAliases(sel.selectionSet, fragments, seen, memo);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) n += countAliases(sel.selectionSet, fragments, seen, memo);
    else {
      const name = sel.name.value;
      const frag = fragments[name];
      if (!frag || seen.has(name)) continue;
      let counted = memo.get(name);
      if (counted === undefined) {
        seen.add(name);
        counted = countAliases(frag.selectionSet, fragments, seen, memo);
        seen.delete(name);
        memo.set(name, counted);
      }
      n += counted;
    }
  }
  return n;
}

/**
 * The root fields that will execute: their response keys (alias or name), with inline fragments and
 * fragment spreads expanded, as graphql's own field collection does (`__typename` is free).
 */
function rootKeys(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  keys: Set<string>,
  seen: Set<string>,
): Set<string> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value !== '__typename') keys.add(sel.alias?.value ?? sel.name.value);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) rootKeys(sel.selectionSet, fragments, keys, seen);
    else if (!seen.has(sel.name.value) && fragments[sel.name.value]) {
      seen.add(sel.name.value);
      rootKeys(fragments[sel.name.value]!.selectionSet, fragments, keys, seen);
    }
  }
  return keys;
}

/**
 * The operation's variables as they will be used: those the client sent, and the declared default
 * (`$n: Int = 100`) of each one it did not send.
 */
function withDefaults(op: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const all = { ...variables };
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (def.defaultValue && all[name] === undefined) all[name] = valueFromASTUntyped(def.defaultValue);
  }
  return all;
}

/**
 * Refuses a query text before it is parsed: more than MAX_QUERY_CHARS characters, or more than
 * MAX_QUERY_TOKENS lexical tokens (counted by graphql's lexer, which stops at the limit). A text the
 * lexer cannot read is left to the parser, which reports the syntax error.
 */
export function checkQuerySize(query: string, maxChars = MAX_QUERY_CHARS, maxTokens = MAX_QUERY_TOKENS): void {
  if (query.length > maxChars)
    throw tooComplex(`query of ${query.length} characters; at most ${maxChars} (send a smaller document)`);
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > maxTokens)
        throw tooComplex(`query of more than ${maxTokens} tokens; at most ${maxTokens} (send a smaller document)`);
    }
  } catch (err) {
    if ((err as GraphQLError).extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) throw err;
  }
}

/** What an operation measures: root fields and aliases as they execute, depth and estimated cost. */
interface Measured {
  roots: number;
  aliases: number;
  depth: number;
  cost: number;
}

/**
 * Measures by operation (a parsed document is reused while Apollo's document cache holds it) and
 * by the shape of its variables: the measures read a variable only as a number (a page size), a
 * list's length (keys) or whether it is null or unset, so requests that differ in other values
 * (the symbol looked up, the search text) share one measurement. At most MAX_SHAPES per operation.
 */
const MEASURED = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; shapes: Map<string, Measured> }>();
const MAX_SHAPES = 32;

/** The variables as the measures read them (see MEASURED). */
function variablesShape(variables: Record<string, unknown>): string {
  let shape = '';
  for (const name of Object.keys(variables)) {
    const v = variables[name];
    const read =
      typeof v === 'number'
        ? String(v)
        : Array.isArray(v)
          ? `[${v.length}]`
          : v === undefined
            ? 'u'
            : v === null
              ? 'n'
              : 'x';
    shape += `${name}:${read};`;
  }
  return shape;
}

function measureOperation(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Measured {
  let known = MEASURED.get(op);
  if (known?.schema !== schema) MEASURED.set(op, (known = { schema, shapes: new Map() }));
  const shape = variablesShape(variables);
  const seen = known.shapes.get(shape);
  if (seen) return seen;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const roots = rootKeys(op.selectionSet, fragments, new Set(), new Set()).size;
  const aliases = countAliases(op.selectionSet, fragments, new Set(), new Map());
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const [depth, cost] = measure(op.selectionSet, root ?? undefined, {
    schema,
    fragments,
    variables: withDefaults(op, variables),
    seen: new Set(),
    memo: new Map(),
  });
  const measured = { roots, aliases, depth, cost };
  if (known.shapes.size < MAX_SHAPES) known.shapes.set(shape, measured);
  return measured;
}

/** Throws QUERY_TOO_COMPLEX when the operation exceeds a limit. */
export function checkLimits(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): void {
  const { roots, aliases, depth, cost } = measureOperation(schema, doc, op, variables);
  if (roots > limits.maxRootFields)
    throw tooComplex(`${roots} root fields; at most ${limits.maxRootFields} per request`);
  if (aliases > limits.maxAliases) throw tooComplex(`${aliases} aliases; at most ${limits.maxAliases} per request`);
  if (depth > limits.maxDepth) throw tooComplex(`query depth ${depth}; at most ${limits.maxDepth}`);
  if (cost > limits.maxCost) {
    throw tooComplex(`estimated cost ${cost}; at most ${limits.maxCost} (ask for smaller pages or fewer nested lists)`);
  }
}
