/**
 * Cohorts, patients and samples. A sample's expression is one float array aligned with its
 * cohort's gene panel (`genePanel`), so 10,000 patients × 500 genes is 10,000 compact properties
 * and one survival query reads one array element per patient. Clinical attributes are columns: one
 * `ClinicalColumn` node per attribute holds its declaration and its values aligned with the
 * cohort's `patientOrder` (or `sampleOrder`), so a survival query reads a few arrays. Stored
 * missing values: NaN in NUMBER columns, '' in STRING and BOOLEAN ('true' / 'false') columns; they
 * come out as null.
 */
import type { AttributeDecl, ClinicalValue, Column, Datatype } from '../domain/clinical.js';
import type { Window } from '../domain/paging.js';
import {
  COHORT_ATTRIBUTES,
  COHORTS,
  COHORTS_BY_ID,
  COLUMNS,
  EXPRESSION_VECTOR,
  PANEL,
  PATIENT_VALUES,
  PATIENTS,
  PATIENTS_BY_ID,
  SAMPLE_EXPRESSIONS,
  SAMPLE_VALUES,
  SAMPLES,
  SAMPLES_OF_PATIENTS,
} from './cohort.queries.js';
import type { Database, RunOptions } from './database.js';
import { windowParams } from './keyset.js';
import {
  readKeyed,
  readRecords,
  type CohortRecord,
  type PatientRecord,
  type RecordPage,
  type SampleRecord,
} from './records.js';

/** NaN (a missing value) and absent elements as null. */
const clean = (v: number | null | undefined): number | null => (v == null || Number.isNaN(v) ? null : v);

export async function listCohorts(db: Database, opts: RunOptions = {}): Promise<CohortRecord[]> {
  return (await readRecords<{ cohort: CohortRecord }>(db, COHORTS, {}, opts)).map((r) => r.cohort);
}

/** Cohorts by id, one query for many (unknown ids are missing from the map). */
export async function cohortsByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, CohortRecord>> {
  const rows = await readRecords<{ id: string; cohort: CohortRecord }>(db, COHORTS_BY_ID, { ids }, opts);
  return new Map(rows.map((r) => [r.id, r.cohort]));
}

export async function cohortPanel(
  db: Database,
  id: string,
  opts: RunOptions = {},
): Promise<{ genes: string[]; symbols: string[] } | null> {
  const [row] = await readRecords<{ genes: string[] | null; symbols: string[] | null }>(db, PANEL, { id }, opts);
  return row ? { genes: row.genes ?? [], symbols: row.symbols ?? [] } : null;
}

export async function patientsPage(
  db: Database,
  cohort: string,
  window: Window,
  opts: RunOptions = {},
): Promise<RecordPage<PatientRecord>> {
  const params = { cohort, w: windowParams(window) };
  const [row] = await readRecords<RecordPage<PatientRecord>>(db, PATIENTS, params, opts);
  return row!;
}

/** Patients by id, ordered by id. */
export async function patientsByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<PatientRecord[]> {
  if (!ids.length) return [];
  return (await readRecords<{ patient: PatientRecord }>(db, PATIENTS_BY_ID, { ids }, opts)).map((r) => r.patient);
}

interface StoredDecl {
  attributeId: string;
  name: string;
  description: string | null;
  datatype: Datatype;
  level: AttributeDecl['level'];
}

const decl = (c: StoredDecl): AttributeDecl => ({
  id: c.attributeId,
  name: c.name,
  description: c.description ?? null,
  datatype: c.datatype,
  level: c.level,
});

/** A stored value as the API shows it (missing as null). */
function decode(datatype: Datatype, v: unknown): ClinicalValue {
  if (v == null || v === '' || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (datatype === 'BOOLEAN') return v === 'true';
  return v as string | number;
}

/** A column as stored: NaN or '' for missing, booleans as text. */
export function encodeColumn(datatype: Datatype, values: readonly ClinicalValue[]): (string | number)[] {
  if (datatype === 'NUMBER') return values.map((v) => (typeof v === 'number' ? v : NaN));
  return values.map((v) => (v == null ? '' : String(v)));
}

/** The declared attributes of each cohort, in declaration order (one query for many). */
export async function cohortAttributes(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, AttributeDecl[]>> {
  const rows = await readRecords<{ id: string; attributes: StoredDecl[] }>(db, COHORT_ATTRIBUTES, { ids }, opts);
  return new Map(rows.map((r) => [r.id, r.attributes.map(decl)]));
}

export interface AttributeValueRecord {
  attribute: AttributeDecl;
  value: ClinicalValue;
}

/** Each patient's (or sample's) values of its cohort's attributes of that level, in key order. */
export async function attributeValues(
  db: Database,
  level: 'PATIENT' | 'SAMPLE',
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<AttributeValueRecord[][]> {
  const rows = await readKeyed<{ values: (StoredDecl & { value: unknown })[] }>(
    db,
    level === 'PATIENT' ? PATIENT_VALUES : SAMPLE_VALUES,
    { ids },
    ids.length,
    opts,
  );
  return rows.map((r) => r.values.map((v) => ({ attribute: decl(v), value: decode(v.datatype, v.value) })));
}

export interface CohortColumns {
  /** Patient ids in row order. */
  patients: string[];
  /** Each sample's patient row. */
  samplePatient: number[];
  /** The gene ids the cohort's panel measures. */
  panel: Set<string>;
  columns: Map<string, Column>;
}

/** The patient order, the gene panel and the columns of the given attributes (one query); null for an unknown cohort. */
export async function cohortColumns(
  db: Database,
  cohort: string,
  attributes: readonly string[],
  opts: RunOptions = {},
): Promise<CohortColumns | null> {
  const [row] = await readRecords<{
    patients: string[] | null;
    samplePatient: number[] | null;
    panel: string[] | null;
    columns: (StoredDecl & { values: unknown[] })[];
  }>(db, COLUMNS, { cohort, attributes: [...new Set(attributes)] }, opts);
  if (!row) return null;
  return {
    patients: row.patients ?? [],
    samplePatient: row.samplePatient ?? [],
    panel: new Set(row.panel ?? []),
    columns: new Map(
      row.columns.map((c) => [
        c.attributeId,
        { attribute: decl(c), values: c.values.map((v) => decode(c.datatype, v)) },
      ]),
    ),
  };
}

/** A gene's expression as stored: with `patientIds` in older stores (domain/expression-vector.ts). */
export interface StoredExpression {
  patientIds: string[] | null;
  values: (number | null)[];
}

/** A gene's stored tumour expression across the cohort (one query); null when none is stored. */
export async function expressionVector(
  db: Database,
  cohort: string,
  gene: string,
  opts: RunOptions = {},
): Promise<StoredExpression | null> {
  const [v] = await readRecords<{ patientIds: string[] | null; values: (number | null)[] | null }>(
    db,
    EXPRESSION_VECTOR,
    { cohort, gene },
    opts,
  );
  return v ? { patientIds: v.patientIds ?? null, values: v.values ?? [] } : null;
}

export async function samplesPage(
  db: Database,
  cohort: string,
  window: Window,
  opts: RunOptions = {},
): Promise<RecordPage<SampleRecord>> {
  const [row] = await readRecords<RecordPage<SampleRecord>>(db, SAMPLES, { cohort, w: windowParams(window) }, opts);
  return row!;
}

export async function samplesOfPatients(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, SampleRecord[]>> {
  const rows = await readRecords<{ id: string; samples: SampleRecord[] }>(db, SAMPLES_OF_PATIENTS, { ids }, opts);
  return new Map(rows.map((r) => [r.id, r.samples]));
}

export interface ExpressionKey {
  id: string;
  genes: readonly string[];
}

export interface ExpressionRecord {
  geneId: string;
  value: number | null;
  fractionExpressing: number | null;
}

interface ExpressionRow {
  wanted: { gene: string; i: number | null }[];
  expression: number[] | null;
  fractions: number[] | null;
}

/** The expression of each key's genes in each key's sample, in key order: one query for the batch. */
export async function sampleExpressions(
  db: Database,
  keys: readonly ExpressionKey[],
  opts: RunOptions = {},
): Promise<ExpressionRecord[][]> {
  const rows = await readKeyed<ExpressionRow>(db, SAMPLE_EXPRESSIONS, { keys }, keys.length, opts);
  return rows.map(({ wanted, expression, fractions }) =>
    wanted.map((w) => ({
      geneId: w.gene,
      value: w.i == null ? null : clean(expression?.[w.i]),
      fractionExpressing: w.i == null || !fractions ? null : clean(fractions[w.i]),
    })),
  );
}
