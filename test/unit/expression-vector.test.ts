import { describe, expect, it } from 'vitest';
import { alignedBytes, alignExpression } from '../../domain/expression-vector.js';

const rows = ['a', 'b', 'c', 'd'];
const asList = (v: Float64Array) => [...v].map((x) => (Number.isNaN(x) ? null : x));

describe('alignExpression', () => {
  it('aligns a vector stored with patient ids in row order, with gaps, and one in any order', () => {
    expect(asList(alignExpression(rows, ['a', 'c', 'd'], [1, NaN, 3]))).toEqual([1, null, null, 3]);
    expect(asList(alignExpression(rows, ['d', 'x', 'a'], [4, 9, 1]))).toEqual([1, null, null, 4]);
    expect(asList(alignExpression(rows, [], []))).toEqual([null, null, null, null]);
  });

  it('takes a vector without patient ids as already aligned; shorter means missing beyond its end', () => {
    expect(asList(alignExpression(rows, null, [1, NaN, 3, 4]))).toEqual([1, null, 3, 4]);
    expect(asList(alignExpression(rows, undefined, [5, 6]))).toEqual([5, 6, null, null]);
    expect(asList(alignExpression(rows, null, [1, 2, 3, 4, 5]))).toEqual([1, 2, 3, 4]);
  });

  it('gives both shapes of the same data the same vector, one Float64Array of the cohort size', () => {
    const byId = alignExpression(rows, ['b', 'd'], [2, 4]);
    const aligned = alignExpression(rows, null, [NaN, 2, NaN, 4]);
    expect(asList(byId)).toEqual(asList(aligned));
    expect(byId).toBeInstanceOf(Float64Array);
    expect(alignedBytes(byId)).toBe(4 * 8 + 128);
  });
});
