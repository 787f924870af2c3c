/**
 * Keyset cursors: an opaque base64url token naming the list it was read from and the sort key of
 * its item in that list's order. A cursor names a position by value, not by offset, so a write
 * that adds or removes items before it does not shift the next page; a cursor is only accepted by
 * the list it came from (the same field of the same object), anything else is BAD_USER_INPUT.
 */
import { badInput } from './errors.js';

/** One value per column of the list's order (domain/paging.ts ORDERS). */
export type SortKey = readonly (string | number)[];
export type KeyType = 'string' | 'number';

/** A list that cursors are bound to: a field of one object, and the types of its sort key. */
export interface ListRef {
  list: string;
  types: readonly KeyType[];
}

const VERSION = 'k1';

export function encodeCursor(ref: ListRef, key: SortKey): string {
  return Buffer.from(JSON.stringify([VERSION, ref.list, ...key]), 'utf8').toString('base64url');
}

/** The sort key a cursor names; BAD_USER_INPUT naming `arg` unless it is a cursor of this list. */
export function decodeCursor(cursor: string, ref: ListRef, arg: string): SortKey {
  const parsed = parse(cursor);
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== VERSION ||
    typeof parsed[1] !== 'string' ||
    parsed.length !== ref.types.length + 2 ||
    !ref.types.every((t, i) => isOfType(parsed[i + 2], t))
  )
    throw badInput(arg, 'not a cursor returned by this API');
  if (parsed[1] !== ref.list)
    throw badInput(arg, 'a cursor of another list: cursors are bound to the field and object they were read from');
  return parsed.slice(2) as SortKey;
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

function isOfType(v: unknown, t: KeyType): boolean {
  return t === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string';
}
