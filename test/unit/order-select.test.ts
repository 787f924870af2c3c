import { describe, expect, it } from 'vitest';
import { rMedian, select } from '../../domain/expression-split.js';
import { stableOrder } from '../../domain/stable-order.js';

/** The order a comparator sort gives: ascending keys, equal keys in index order (R's order()). */
function reference(keys: Float64Array): number[] {
  return [...keys.keys()].sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('stableOrder', () => {
  it('orders the empty and one-element inputs', () => {
    expect([...stableOrder(new Float64Array([]))]).toEqual([]);
    expect([...stableOrder(new Float64Array([3.5]))]).toEqual([0]);
  });

  it('keeps equal keys in index order, -0 equal to 0', () => {
    const keys = new Float64Array([2, 0, 1, -0, 2, 0.5, 1, 0]);
    expect([...stableOrder(keys)]).toEqual([1, 3, 7, 5, 2, 6, 0, 4]);
  });

  it('equals a stable comparator sort on many ties and on distinct keys', () => {
    const next = lcg(15);
    for (const [n, levels] of [
      [1000, 7],
      [1000, 1_000_000],
      [10_000, 120],
    ] as const) {
      const keys = Float64Array.from({ length: n }, () => Math.floor(next() * levels) / 4);
      expect([...stableOrder(keys)]).toEqual(reference(keys));
    }
  });
});

describe('rMedian by selection', () => {
  it('equals the middle of a sorted copy, odd and even, with ties', () => {
    const next = lcg(7);
    for (const n of [1, 2, 3, 4, 9, 10, 101, 1000, 10_001]) {
      for (const levels of [3, 1_000_000]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(next() * levels) / 8 - 2);
        const s = [...values].sort((a, b) => a - b);
        const expected = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
        expect(rMedian(values)).toBe(expected);
        expect(select(Float64Array.from(values), n >> 1)).toBe(s[n >> 1]);
      }
    }
    expect(rMedian([])).toBeNaN();
  });
});
