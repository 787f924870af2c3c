/**
 * A gene's tumour expression across a cohort as one Float64Array aligned with the cohort's
 * `patientOrder` (index r = patient row r; NaN where missing). Pure, no I/O.
 *
 * Two stored shapes are read (db/cohort.repo.ts expressionVector):
 * - with `patientIds` (stores written before the aligned format): `values[i]` belongs to
 *   `patientIds[i]`, aligned here by id (one merge pass when the ids follow the patient order,
 *   as written vectors do; otherwise by a map);
 * - without: `values` are already in patient order; a shorter list means missing beyond its end.
 */

/** Bytes a cached aligned vector takes (its buffer and the typed array's own object). */
export const alignedBytes = (v: Float64Array): number => v.byteLength + 128;

export function alignExpression(
  patientOrder: readonly string[],
  ids: readonly string[] | null | undefined,
  values: readonly (number | null)[],
): Float64Array {
  const n = patientOrder.length;
  const out = new Float64Array(n).fill(NaN);
  const at = (i: number): number => {
    const v = values[i];
    return typeof v === 'number' ? v : NaN;
  };
  if (ids == null) {
    for (let r = 0; r < Math.min(n, values.length); r++) out[r] = at(r);
    return out;
  }
  let j = 0;
  for (let r = 0; r < n && j < ids.length; r++) if (patientOrder[r] === ids[j]) out[r] = at(j++);
  if (j < ids.length) {
    const index = new Map(ids.map((id, i) => [id, i]));
    for (let r = 0; r < n; r++) {
      const i = index.get(patientOrder[r]!);
      out[r] = i === undefined ? NaN : at(i);
    }
  }
  return out;
}
