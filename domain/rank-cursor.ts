/**
 * Cursors of ranked lists (resistancePaths, paths, combinationTherapies): these are computed
 * whole and sorted by a total order (comparePaths, compareCandidates), so a position is a rank. A
 * cursor is the rank of its item, bound to the list (the field and a hash of the arguments that
 * decide the ranking, not the page size) and to the graph version it was read at: a cursor of
 * another list or other arguments is BAD_USER_INPUT, and so is one read before a committed write
 * changed the graph (the ranking may have moved: read the list again from the start). Same token
 * format as domain/cursor.ts.
 */
import { createHash } from 'node:crypto';
import stringify from 'fast-json-stable-stringify';
import { decodeCursor, encodeCursor, type ListRef } from './cursor.js';
import { badInput } from './errors.js';

/** How deep a ranked list can be paged: `after`'s rank plus `first` may not exceed it. */
export const MAX_RANK = 1000;

/** The list a ranked field's cursors belong to: `field` with these ranking arguments. */
export function rankedListRef(field: string, args: Record<string, unknown>): ListRef {
  const hash = createHash('sha256').update(stringify(args)).digest('base64url').slice(0, 16);
  return { list: `${field}@${hash}`, types: ['number', 'number'] };
}

export interface RankWindow {
  /** Items to skip: the rank of the `after` item (0 without `after`). */
  offset: number;
  /** Page size. */
  first: number;
}

/** The window `first`/`after` ask for; BAD_USER_INPUT for a foreign or stale cursor or a page beyond MAX_RANK. */
export function rankWindow(ref: ListRef, version: number, first: number, after: string | null | undefined): RankWindow {
  let offset = 0;
  if (after) {
    const [cursorVersion, rank] = decodeCursor(after, ref, 'after') as [number, number];
    if (!Number.isInteger(rank) || rank < 1) throw badInput('after', 'not a cursor returned by this API');
    if (cursorVersion !== version)
      throw badInput(
        'after',
        'a stale cursor: the graph has changed since this list was read; read it again from the start',
      );
    offset = rank;
  }
  if (offset + first > MAX_RANK)
    throw badInput('first', `ranked lists are read to rank ${MAX_RANK} at most (after's rank + first)`);
  return { offset, first };
}

/**
 * The page of `ranked` (the list read to offset + first + 1 items, best first), each item with its
 * cursor, or null when no item follows it.
 */
export function rankPage<T>(
  ranked: readonly T[],
  w: RankWindow,
  ref: ListRef,
  version: number,
): { item: T; cursor: string | null }[] {
  const page = ranked.slice(w.offset, w.offset + w.first);
  return page.map((item, i) => {
    const rank = w.offset + i + 1;
    return { item, cursor: rank < ranked.length ? encodeCursor(ref, [version, rank]) : null };
  });
}
