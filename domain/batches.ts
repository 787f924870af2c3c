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
 * The rows in `n` lanes for concurrent writers: rows with the same key always share a lane (so two
 * lanes never write the same shared node), key groups assigned largest first to the lane with the
 * fewest rows, ties to the lower lane; rows keep their order within a lane. Deterministic. Pure.
 */
export function lanes<T>(rows: readonly T[], n: number, keyOf: (row: T) => string): T[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`lane count must be a positive integer, not ${n}`);
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
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
