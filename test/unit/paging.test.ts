import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../domain/cursor.js';
import { firstItems, listRef, toConnection, toWindow } from '../../domain/paging.js';

const targetedBy = listRef('targetsIn', 'HGNC:1527', 'edge');
const codeOf = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('keyset cursors', () => {
  it('round-trip the sort key within their list', () => {
    const c = encodeCursor(targetedBy, [0.75, 'CHEMBL.COMPOUND:CHEMBL1', 'RESISTKG:stmt-1']);
    expect(decodeCursor(c, targetedBy, 'after')).toEqual([0.75, 'CHEMBL.COMPOUND:CHEMBL1', 'RESISTKG:stmt-1']);
  });

  it('are refused by another list, another object, or when not cursors, with BAD_USER_INPUT', () => {
    const c = encodeCursor(targetedBy, [0.75, 'a', 'b']);
    expect(codeOf(() => decodeCursor(c, listRef('targetsIn', 'HGNC:3236', 'edge'), 'after'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(c, listRef('regulatesIn', 'HGNC:1527', 'edge'), 'after'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(c, listRef('targetsIn', 'HGNC:1527', 'statement'), 'after'))).toBe(
      'BAD_USER_INPUT',
    );
    for (const bad of [
      'not-a-cursor',
      '',
      Buffer.from('o:4').toString('base64url'),
      encodeCursor(targetedBy, ['x', 'a', 'b']),
    ])
      expect(codeOf(() => decodeCursor(bad, targetedBy, 'before'))).toBe('BAD_USER_INPUT');
    expect(() => decodeCursor(c, listRef('targetsIn', 'HGNC:3236', 'edge'), 'before')).toThrow(/before.*another list/);
  });
});

describe('windows', () => {
  it('read forward with first/after and backward with last/before', () => {
    const after = encodeCursor(targetedBy, [0.5, 'a', 's']);
    expect(toWindow({}, targetedBy, 100)).toEqual(firstItems(20));
    expect(toWindow({ first: 10, after }, targetedBy, 100)).toEqual({
      limit: 10,
      backward: false,
      after: [0.5, 'a', 's'],
      before: null,
    });
    expect(toWindow({ last: 3, before: after }, targetedBy, 100)).toEqual({
      limit: 3,
      backward: true,
      after: null,
      before: [0.5, 'a', 's'],
    });
  });

  it('refuse pages above the maximum, negative sizes and first with last', () => {
    expect(codeOf(() => toWindow({ first: 101 }, targetedBy, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toWindow({ last: 101 }, targetedBy, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toWindow({ first: -1 }, targetedBy, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toWindow({ first: 1, last: 1 }, targetedBy, 100))).toBe('BAD_USER_INPUT');
  });
});

describe('connections', () => {
  const ids = listRef('Cohort.patients', 'C1', 'id');
  const keyOf = (r: { id: string }) => [r.id];

  it('keep one page of the rows read (one more says more follow) and cursor each by its key', () => {
    const c = toConnection([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }], 9, firstItems(2), ids, keyOf);
    expect(c.edges.map((e) => e.id)).toEqual(['p1', 'p2']);
    expect(c.totalCount).toBe(9);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(c.pageInfo.endCursor!, ids, 'after')).toEqual(['p2']);
    const last = toConnection([{ id: 'p9' }], 9, { ...firstItems(2), after: ['p8'] }, ids, keyOf);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('put rows read backward back in list order', () => {
    const w = { limit: 2, backward: true, after: null, before: ['p5'] };
    const c = toConnection([{ id: 'p4' }, { id: 'p3' }, { id: 'p2' }], 9, w, ids, keyOf);
    expect(c.edges.map((e) => e.id)).toEqual(['p3', 'p4']);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(c.pageInfo.startCursor!, ids, 'before')).toEqual(['p3']);
  });
});
