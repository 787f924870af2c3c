/**
 * Relay cursor paging over a stable order. A cursor is an opaque base64url token of the item's
 * position; `first` above the maximum page size is an error, never a silent cap.
 */
import { badInput } from './errors.js';

export interface Page {
  skip: number;
  limit: number;
}

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(PREFIX + offset, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(n) || n < 0)
    throw badInput('after', 'not a cursor returned by this API');
  return n;
}

export function toPage(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): Page {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0) throw badInput('first', 'must be a whole number of 0 or more');
  if (limit > maxPageSize) throw badInput('first', `at most ${maxPageSize} items per page; page with \`after\``);
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, limit };
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Wraps one page of items (already skipped and limited) as a Relay connection. */
export function toConnection<E>(items: E[], total: number, page: Page): Connection<E> {
  const edges = items.map((item, i) => ({ ...item, cursor: encodeCursor(page.skip + i) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.skip + items.length < total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
