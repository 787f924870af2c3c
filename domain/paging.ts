/**
 * Relay cursor paging by keyset (domain/cursor.ts): `first`/`after` read forward, `last`/`before`
 * backward, either bound may be given with either; a page above the maximum size is an error,
 * never a silent cap. The database reads one item more than the page to know whether more follow.
 */
import { decodeCursor, encodeCursor, type KeyType, type ListRef, type SortKey } from './cursor.js';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * The orders lists are read in, by the types of their sort key (the Cypher columns are in
 * db/keyset.ts): edges by belief (descending), the other end's id, the statement id; statements by
 * belief (descending) and id; evidence oldest first (createdAt, id); cohort members by id.
 */
export const ORDERS = {
  edge: ['number', 'string', 'string'],
  statement: ['number', 'string'],
  evidence: ['string', 'string'],
  id: ['string'],
} as const satisfies Record<string, readonly KeyType[]>;

/** The list `field` of the object `owner` (e.g. Gene.targetedBy of HGNC:1527), read in `order`. */
export function listRef(field: string, owner: string | null, order: keyof typeof ORDERS): ListRef {
  return { list: owner === null ? field : `${field}@${owner}`, types: ORDERS[order] };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which items a page holds: at most `limit` beyond `after` and short of `before`, from the end when `backward`. */
export interface Window {
  limit: number;
  backward: boolean;
  after: SortKey | null;
  before: SortKey | null;
}

/** The first `limit` items of a list (for fields that read a bounded list internally). */
export function firstItems(limit: number): Window {
  return { limit, backward: false, after: null, before: null };
}

export function toWindow(args: PageArgs, ref: ListRef, maxPageSize: number): Window {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('last', 'give first or last, not both');
  const backward = last != null;
  const arg = backward ? 'last' : 'first';
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0) throw badInput(arg, 'must be a whole number of 0 or more');
  if (limit > maxPageSize)
    throw badInput(arg, `at most ${maxPageSize} items per page; page with \`${backward ? 'before' : 'after'}\``);
  return {
    limit,
    backward,
    after: args.after ? decodeCursor(args.after, ref, 'after') : null,
    before: args.before ? decodeCursor(args.before, ref, 'before') : null,
  };
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * A Relay connection from the rows the database read for `window`: in reading order (reversed when
 * backward), at most one more than the page. `hasPreviousPage` when reading forward (and
 * `hasNextPage` backward) says whether the request gave a bound on that side, as the Relay spec allows.
 */
export function toConnection<E extends object>(
  rows: readonly E[],
  total: number,
  window: Window,
  ref: ListRef,
  keyOf: (item: E) => SortKey,
): Connection<E> {
  const more = rows.length > window.limit;
  const page = rows.slice(0, window.limit);
  if (window.backward) page.reverse();
  const edges = page.map((item) => ({ ...item, cursor: encodeCursor(ref, keyOf(item)) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : more,
      hasPreviousPage: window.backward ? more : window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The window as the database reads it ($w in db/keyset.ts): one row more than the page. */
export function windowParam(w: Window): {
  after: SortKey | null;
  before: SortKey | null;
  backward: boolean;
  take: number;
} {
  return { after: w.after, before: w.before, backward: w.backward, take: w.limit + 1 };
}

/**
 * The window over a list of single string keys already sorted ascending (a list filtered in
 * memory): the keys the database would have read for it, in reading order, at most one more than
 * the page (as toConnection expects).
 */
export function sortedWindow(keys: readonly string[], w: Window): string[] {
  const after = w.after?.[0];
  const before = w.before?.[0];
  const inside = keys.filter((k) => (after === undefined || k > after) && (before === undefined || k < before));
  return w.backward ? inside.reverse().slice(0, w.limit + 1) : inside.slice(0, w.limit + 1);
}
