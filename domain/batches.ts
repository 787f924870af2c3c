/**
 * Splitting writes into bounded transactions: an import writes its rows a chunk per transaction so
 * no transaction holds more than `size` rows' state (a 100,000-mutation study creates ~52,000
 * variants; one transaction of them all exhausted the database's heap). Pure.
 */

/** The rows in consecutive chunks of at most `size` (a positive integer), in order; none for none. */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The rows in `n` lanes for concurrent writers: rows that share a key (directly, or through other
 * rows: `keyOf` may give several, e.g. every name a row writes) always share a lane, so two lanes
 * never write the same shared node; groups are assigned largest first to the lane with the fewest
 * rows, ties to the lower lane; rows keep their order within a lane. Deterministic. Pure.
 */
export function lanes<T>(rows: readonly T[], n: number, keyOf: (row: T) => string | readonly string[]): T[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`lane count must be a positive integer, not ${n}`);
  // Union-find over row indices: each key joins its rows to the first row that had it.
  const parent = rows.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  rows.forEach((row, i) => {
    const keys = keyOf(row);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else {
        const [a, b] = [root(i), root(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const sizes = new Array<number>(n).fill(0);
  const laneOf = new Array<number>(rows.length);
  for (const g of [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!)) {
    const lane = sizes.indexOf(Math.min(...sizes));
    sizes[lane]! += g.length;
    for (const i of g) laneOf[i] = lane;
  }
  const out: T[][] = Array.from({ length: n }, () => []);
  rows.forEach((row, i) => out[laneOf[i]!]!.push(row));
  return out;
}
