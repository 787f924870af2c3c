import { describe, expect, it } from 'vitest';
import { chunks, lanes } from '../../domain/batches.js';

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

describe('lanes', () => {
  const rows = ['a1', 'b1', 'a2', 'c1', 'd1', 'a3', 'b2', 'e1'];
  const key = (r: string) => r[0]!;

  it('puts every row in exactly one lane, rows of a key together, in their order', () => {
    const out = lanes(rows, 2, key);
    expect(out).toHaveLength(2);
    expect(out.flat().sort()).toEqual([...rows].sort());
    for (const lane of out) expect(lane).toEqual(rows.filter((r) => lane.includes(r)));
    const laneOf = (k: string) => out.findIndex((l) => l.some((r) => key(r) === k));
    for (const r of rows) expect(out[laneOf(key(r))]).toContain(r);
  });

  it('balances rows across lanes, largest key groups first', () => {
    const out = lanes(rows, 2, key);
    // a (3) to lane 0, b (2) to lane 1, then c, d, e each to the smaller lane (ties to lane 0).
    expect(out).toEqual([
      ['a1', 'a2', 'd1', 'a3'],
      ['b1', 'c1', 'b2', 'e1'],
    ]);
    expect(lanes(rows, 1, key)).toEqual([rows]);
    expect(lanes([], 3, key)).toEqual([[], [], []]);
  });

  it('keeps rows that share any of their keys in one lane, also through a chain of rows', () => {
    // x and z share nothing, but y shares a key with each; w shares nothing with them.
    const named = [
      { id: 'x', keys: ['k1', 'k2'] },
      { id: 'w', keys: ['k9'] },
      { id: 'y', keys: ['k2', 'k3'] },
      { id: 'v', keys: ['k8'] },
      { id: 'z', keys: ['k3'] },
    ];
    const out = lanes(named, 2, (r) => r.keys).map((l) => l.map((r) => r.id));
    expect(out).toEqual([
      ['x', 'y', 'z'],
      ['w', 'v'],
    ]);
    expect(lanes(named, 3, (r) => r.keys).map((l) => l.map((r) => r.id))).toEqual([['x', 'y', 'z'], ['w'], ['v']]);
    // One key per row as an array or as a string: the same lanes.
    expect(lanes(rows, 2, (r) => [key(r)])).toEqual(lanes(rows, 2, key));
  });

  it('refuses a lane count that is not a positive integer', () => {
    for (const n of [0, -1, 1.5]) expect(() => lanes(rows, n, key)).toThrow(RangeError);
  });
});
