import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../domain/cursor.js';
import { MAX_RANK, rankPage, rankWindow, rankedListRef } from '../../domain/rank-cursor.js';

const args = { drug: 'CHEMBL.COMPOUND:CHEMBL1336', disease: null, maxHops: 4, minBelief: 0, alterations: null };
const ref = rankedListRef('resistancePaths', args);
const refusal = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    return `${(e as { extensions?: { code?: string } }).extensions?.code} ${(e as Error).message}`;
  }
  return 'no error';
};

describe('cursors of ranked lists', () => {
  it('page a list to its end: each item names the rank after it, the last none', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e'];
    const first = rankPage(ranked.slice(0, 3), rankWindow(ref, 7, 2, null), ref, 7);
    expect(first.map((x) => x.item)).toEqual(['a', 'b']);
    const second = rankPage(ranked, rankWindow(ref, 7, 2, first[1]!.cursor), ref, 7);
    expect(second.map((x) => x.item)).toEqual(['c', 'd']);
    const last = rankPage(ranked, rankWindow(ref, 7, 2, second[1]!.cursor), ref, 7);
    expect(last.map((x) => x.item)).toEqual(['e']);
    expect(last[0]!.cursor).toBeNull();
  });

  it('are bound to the arguments (in any key order) and the field, not the page size', () => {
    const same = rankedListRef('resistancePaths', { ...args, maxHops: 4, drug: args.drug });
    expect(same).toEqual(ref);
    const cursor = rankPage(['a', 'b'], rankWindow(ref, 1, 1, null), ref, 1)[0]!.cursor!;
    expect(rankWindow(same, 1, 50, cursor)).toEqual({ offset: 1, first: 50 });
    for (const other of [rankedListRef('resistancePaths', { ...args, maxHops: 3 }), rankedListRef('paths', args)])
      expect(refusal(() => rankWindow(other, 1, 1, cursor))).toMatch(/^BAD_USER_INPUT after: a cursor of another list/);
  });

  it('are stale once the graph version moved on, and refused when forged or beyond MAX_RANK', () => {
    const cursor = encodeCursor(ref, [3, 2]);
    expect(refusal(() => rankWindow(ref, 4, 1, cursor))).toMatch(/^BAD_USER_INPUT after: a stale cursor/);
    expect(refusal(() => rankWindow(ref, 3, 1, encodeCursor(ref, [3, 0])))).toMatch(/^BAD_USER_INPUT after:/);
    expect(refusal(() => rankWindow(ref, 3, 1, encodeCursor(ref, [3, 1.5])))).toMatch(/^BAD_USER_INPUT after:/);
    expect(refusal(() => rankWindow(ref, 3, 1, 'not-a-cursor'))).toMatch(/^BAD_USER_INPUT after:/);
    expect(refusal(() => rankWindow(ref, 3, MAX_RANK - 1, cursor))).toMatch(/^BAD_USER_INPUT first:/);
    expect(rankWindow(ref, 3, MAX_RANK - 2, cursor)).toEqual({ offset: 2, first: MAX_RANK - 2 });
  });
});
