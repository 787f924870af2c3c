import { describe, expect, it } from 'vitest';
import { chunks } from '../../domain/batches.js';

describe('chunks', () => {
  it('splits rows into consecutive chunks of at most the size, keeping order and every row once', () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    expect(chunks(rows, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunks(rows, 7)).toEqual([rows]);
    expect(chunks(rows, 100)).toEqual([rows]);
    expect(chunks(rows, 1)).toHaveLength(7);
  });

  it('gives no chunk for no rows, and copies rather than aliases the input', () => {
    expect(chunks([], 5)).toEqual([]);
    const rows = [1, 2];
    const [first] = chunks(rows, 5);
    first!.push(3);
    expect(rows).toEqual([1, 2]);
  });

  it('refuses a size that is not a positive integer', () => {
    for (const size of [0, -1, 2.5, NaN]) expect(() => chunks([1], size)).toThrow(RangeError);
  });
});
