import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toConnection, toPage } from '../../domain/paging.js';

describe('paging', () => {
  it('round-trips cursors and continues after them', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(toPage(10, encodeCursor(9), 100)).toEqual({ skip: 10, limit: 10 });
    expect(toPage(undefined, null, 100)).toEqual({ skip: 0, limit: 20 });
  });

  it('refuses pages above the maximum, negative sizes and foreign cursors with BAD_USER_INPUT', () => {
    for (const call of [
      () => toPage(101, null, 100),
      () => toPage(-1, null, 100),
      () => toPage(5, 'not-a-cursor', 100),
    ]) {
      expect(call).toThrowError();
      try {
        call();
      } catch (e) {
        expect((e as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('reports page info', () => {
    const c = toConnection([{ a: 1 }, { a: 2 }], 5, { skip: 2, limit: 2 });
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(c.pageInfo.endCursor!)).toBe(3);
    expect(c.totalCount).toBe(5);
  });
});
