/** Stable ordering of numeric keys (pure; used by the survival statistics' one sort). */

/**
 * The indices of finite keys in ascending key order, equal keys in index order (R's stable
 * `order()`): a native sort of the distinct keys, each key's rank by binary search, then a counting
 * sort by rank. A comparator sort of 10,000 indices cost several times more.
 */
export function stableOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const distinct = keys.slice().sort();
  let u = 0;
  for (let p = 0; p < n; p++) if (u === 0 || distinct[p] !== distinct[u - 1]) distinct[u++] = distinct[p]!;
  const rank = new Uint32Array(n);
  const start = new Uint32Array(u + 1);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    start[lo + 1]!++;
  }
  for (let r = 0; r < u; r++) start[r + 1]! += start[r]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[start[rank[i]!]!++] = i;
  return order;
}
