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
