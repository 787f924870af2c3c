/**
 * Clinical attributes as data (design §8): each cohort declares its attributes the way cBioPortal's
 * `data_clinical_*` headers do, and stores each attribute's values as one column aligned with the
 * cohort's patients (or samples). Survival endpoints are declared pairs of a time and an event
 * attribute. Pure functions: value parsing, filter conditions and grouping by an attribute's values.
 */

export type Datatype = 'STRING' | 'NUMBER' | 'BOOLEAN';
export type Level = 'PATIENT' | 'SAMPLE';
export type ClinicalValue = string | number | boolean | null;

export interface AttributeDecl {
  id: string;
  name: string;
  description: string | null;
  datatype: Datatype;
  level: Level;
}

/** A survival endpoint: time (months) and event (1 = event, 0 = censored) attributes, both patient level. */
export interface EndpointDecl {
  id: string;
  name: string;
  timeAttribute: string;
  eventAttribute: string;
}

/** One attribute's values, aligned with the cohort's patients (PATIENT) or samples (SAMPLE). */
export interface Column {
  attribute: AttributeDecl;
  values: ClinicalValue[];
}

/** A filter condition: exactly one of equals, in, a range (min and/or max, inclusive) or missing. */
export interface Condition {
  attribute: string;
  equals?: string | null;
  in?: string[] | null;
  min?: number | null;
  max?: number | null;
  missing?: boolean | null;
}

/** The spellings of "no value" real files use (cBioPortal's bracketed codes, NA, empty cells). */
const MISSING = new Set([
  '',
  'na',
  'nan',
  'n/a',
  'null',
  'none given',
  '[not available]',
  '[not applicable]',
  '[unknown]',
  '[not evaluated]',
  '[discrepancy]',
  '[completed]',
  '[not reported]',
]);

export const isMissing = (raw: string | null | undefined): boolean =>
  raw == null || MISSING.has(raw.trim().toLowerCase());

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** A raw cell as a value of the datatype; `{ error }` when it is not one. Missing spellings are null. */
export function parseValue(
  raw: string | null | undefined,
  datatype: Datatype,
): { value: ClinicalValue } | { error: string } {
  if (isMissing(raw)) return { value: null };
  const s = raw!.trim();
  if (datatype === 'NUMBER') {
    const n = Number(s);
    return Number.isFinite(n) ? { value: n } : { error: `${JSON.stringify(s)} is not a number` };
  }
  if (datatype === 'BOOLEAN') {
    const l = s.toLowerCase();
    if (TRUE.has(l)) return { value: true };
    if (FALSE.has(l)) return { value: false };
    return { error: `${JSON.stringify(s)} is not true/false or yes/no` };
  }
  return { value: s };
}

/**
 * An event flag from the spellings studies use: `1:DECEASED`, `0:LIVING`, `DECEASED`, `LIVING`,
 * `1`, `0`, `1:Recurred/Progressed`, `0:DiseaseFree`, ... plus the study's own codes (`events`,
 * `censored`, compared case-insensitively). Null when missing, 'bad' when unrecognised.
 */
export function eventFlag(
  raw: string | null | undefined,
  codes: { events?: readonly string[]; censored?: readonly string[] } = {},
): 0 | 1 | null | 'bad' {
  if (isMissing(raw)) return null;
  const s = raw!.trim().toUpperCase();
  if (codes.events?.some((c) => c.toUpperCase() === s)) return 1;
  if (codes.censored?.some((c) => c.toUpperCase() === s)) return 0;
  if (
    /^1(\.0)?(:|$)/.test(s) ||
    /^(DECEASED|DEAD|RECURRED|RECURRED\/PROGRESSED|PROGRESSED|PROGRESSION|RECURRENCE)$/.test(s)
  )
    return 1;
  if (
    /^0(\.0)?(:|$)/.test(s) ||
    /^(LIVING|ALIVE|DISEASEFREE|DISEASE FREE|CENSORED|PROGRESSIONFREE|NOT PROGRESSED)$/.test(s)
  )
    return 0;
  return 'bad';
}

/** A value as text (numbers as JavaScript prints them, booleans as true/false); null when missing. */
export const asText = (v: ClinicalValue): string | null => (v == null ? null : String(v));

/** Why the conditions cannot run against these attributes (null when they can). */
export function conditionProblem(conditions: readonly Condition[], declared: readonly AttributeDecl[]): string | null {
  for (const c of conditions) {
    const a = declared.find((d) => d.id === c.attribute);
    if (!a) return `unknown attribute ${c.attribute} (declared: ${declared.map((d) => d.id).join(', ')})`;
    const kinds = [c.equals != null, c.in != null, c.min != null || c.max != null, c.missing != null].filter(Boolean);
    if (kinds.length !== 1) return `${c.attribute}: give exactly one of equals, in, min/max, missing`;
    if ((c.min != null || c.max != null) && a.datatype !== 'NUMBER')
      return `${c.attribute}: a range needs a NUMBER attribute (this one is ${a.datatype})`;
  }
  return null;
}

function sameValue(v: ClinicalValue, text: string): boolean {
  if (v == null) return false;
  if (typeof v === 'number') return Number(text) === v && text.trim() !== '';
  if (typeof v === 'boolean') {
    const parsed = parseValue(text, 'BOOLEAN');
    return 'value' in parsed && parsed.value === v;
  }
  return v.toLowerCase() === text.trim().toLowerCase();
}

/** Whether one value passes one condition (string comparisons ignore case). */
export function passes(v: ClinicalValue, c: Condition): boolean {
  if (c.missing != null) return (v == null) === c.missing;
  if (c.equals != null) return sameValue(v, c.equals);
  if (c.in != null) return c.in.some((t) => sameValue(v, t));
  if (typeof v !== 'number') return false;
  return (c.min == null || v >= c.min) && (c.max == null || v <= c.max);
}

/**
 * The patients' values of an attribute, one per patient row. A sample-level column is read through
 * `samplePatient` (each sample's patient row): a patient takes the value of its first sample (in the
 * cohort's sample order) that has one.
 */
export function perPatient(column: Column, patients: number, samplePatient: readonly number[]): ClinicalValue[] {
  if (column.attribute.level === 'PATIENT') return column.values;
  const out: ClinicalValue[] = new Array(patients).fill(null);
  column.values.forEach((v, s) => {
    const p = samplePatient[s];
    if (p != null && out[p] == null && v != null) out[p] = v;
  });
  return out;
}

/** The patient rows (0-based) that pass every condition, ascending. */
export function matchingRows(
  patients: number,
  conditions: readonly Condition[],
  valuesOf: (attribute: string) => ClinicalValue[],
): number[] {
  const rows: number[] = [];
  const columns = conditions.map((c) => valuesOf(c.attribute));
  for (let r = 0; r < patients; r++) if (conditions.every((c, k) => passes(columns[k]![r] ?? null, c))) rows.push(r);
  return rows;
}

/**
 * Patient rows grouped by an attribute's value; rows without a value are left out. Groups are
 * `only` (compared as in `equals`, labelled as given, in that order) when given, else every distinct
 * value, numbers ascending and text alphabetically.
 */
export function groupByValue(
  rows: readonly number[],
  values: readonly ClinicalValue[],
  only?: readonly string[] | null,
): { label: string; rows: number[] }[] {
  if (only?.length) {
    return only.map((label) => ({ label, rows: rows.filter((r) => sameValue(values[r] ?? null, label)) }));
  }
  const by = new Map<string | number | boolean, number[]>();
  for (const r of rows) {
    const v = values[r];
    if (v == null) continue;
    by.set(v, [...(by.get(v) ?? []), r]);
  }
  const keys = [...by.keys()].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
  return keys.map((k) => ({ label: String(k), rows: by.get(k)! }));
}

/** Columns from one record per row (a record's missing key is a missing value). */
export function toColumns(
  declared: readonly AttributeDecl[],
  rows: readonly Record<string, ClinicalValue | undefined>[],
): Column[] {
  return declared.map((attribute) => ({ attribute, values: rows.map((r) => r[attribute.id] ?? null) }));
}

/** Survival endpoints cBioPortal studies declare by column pairs `<ID>_MONTHS` / `<ID>_STATUS`. */
export const CBIOPORTAL_ENDPOINTS: readonly { id: string; name: string }[] = [
  { id: 'OS', name: 'Overall survival' },
  { id: 'DFS', name: 'Disease-free survival' },
  { id: 'RFS', name: 'Recurrence-free survival' },
  { id: 'PFS', name: 'Progression-free survival' },
  { id: 'DSS', name: 'Disease-specific survival' },
];

/** A sample timepoint: PRE_TREATMENT, ON_TREATMENT or PROGRESSION when recognised, else the study's own value. */
export function normaliseTimepoint(raw: string | null | undefined): string | null {
  if (isMissing(raw)) return null;
  const s = raw!.trim();
  const k = s.toLowerCase().replace(/[\s_-]+/g, ' ');
  if (/^(pre ?treatment|pre|baseline|before treatment|treatment naive)$/.test(k)) return 'PRE_TREATMENT';
  if (/^(on ?treatment|on|during treatment)$/.test(k)) return 'ON_TREATMENT';
  if (/^(progression|at progression|post ?progression|progressed|relapse)$/.test(k)) return 'PROGRESSION';
  return s;
}
