/**
 * Cohorts, patients and samples. A sample's expression is one float array aligned with its
 * cohort's gene panel (`genePanel`), so 10,000 patients × 500 genes is 10,000 compact properties
 * and one survival query reads one array element per patient. Missing values are stored as NaN and
 * come out as null.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Window } from '../domain/paging.js';
import {
  COHORTS,
  COHORTS_BY_ID,
  EXPRESSION_VECTOR,
  PANEL,
  PATIENT_ROWS,
  PATIENTS,
  SAMPLE_EXPRESSIONS,
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

export interface PatientFilter {
  hbvStatus?: string | null;
  sex?: string | null;
  responder?: boolean | null;
  stages?: string[] | null;
  treatment?: string | null;
  minAge?: number | null;
  maxAge?: number | null;
}

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
  f: PatientFilter,
  window: Window,
  opts: RunOptions = {},
): Promise<RecordPage<PatientRecord>> {
  const params = { cohort, f: filterParams(f), w: windowParams(window) };
  const [row] = await readRecords<RecordPage<PatientRecord>>(db, PATIENTS, params, opts);
  return row!;
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

export interface SurvivalRow {
  [attribute: string]: unknown;
  id: string;
  osMonths: number | null;
  osEvent: number | null;
  rfsMonths: number | null;
  rfsEvent: number | null;
  responder: boolean | null;
  hbvStatus: string | null;
  sex: string | null;
  stage: string | null;
  treatment: string | null;
  value: number | null;
}

export async function survivalRows(
  db: Database,
  cohort: string,
  gene: string,
  f: PatientFilter,
  opts: RunOptions = {},
): Promise<SurvivalRow[]> {
  const [patients, vectors] = await Promise.all([
    readRecords<SurvivalRow>(db, PATIENT_ROWS, { cohort, f: filterParams(f) }, opts),
    readRecords<{ patientIds: string[]; values: number[] }>(db, EXPRESSION_VECTOR, { cohort, gene }, opts),
  ]);
  const value = new Map<string, number | null>();
  const v = vectors[0];
  v?.patientIds.forEach((id, i) => value.set(id, clean(v.values[i])));
  return patients.map((p) => ({ ...p, value: value.get(p.id) ?? null }));
}

function filterParams(f: PatientFilter) {
  return {
    hbvStatus: f.hbvStatus ?? null,
    sex: f.sex ?? null,
    responder: f.responder ?? null,
    stages: f.stages && f.stages.length ? f.stages : null,
    treatment: f.treatment ?? null,
    minAge: f.minAge ?? null,
    maxAge: f.maxAge ?? null,
  };
}

// Writes (importers and the synthetic cohort): idempotent MERGEs on ids.

const MERGE_COHORT = `
MERGE (c:Cohort {id: $id})
SET c += $props`;

const MERGE_PATIENTS = `
UNWIND $rows AS row
MATCH (c:Cohort {id: $cohort})
MERGE (p:Patient {id: row.id})
SET p += row, p.cohortId = $cohort
MERGE (p)-[:IN_COHORT]->(c)
RETURN count(p) AS n`;

const MERGE_SAMPLES = `
UNWIND $rows AS row
MATCH (p:Patient {id: row.patientId})
MERGE (s:Sample {id: row.id})
SET s += row, s.cohortId = $cohort
MERGE (s)-[:SAMPLE_OF]->(p)
RETURN count(s) AS n`;

const MERGE_VECTORS = `
UNWIND $rows AS row
MERGE (v:ExpressionVector {cohortId: $cohort, geneId: row.geneId})
SET v.patientIds = row.patientIds, v.values = row.values`;

/** One vector per panel gene of tumour expression, aligned with patient ids (for fast survival queries). */
export async function mergeExpressionVectors(
  tx: ManagedTransaction,
  cohort: string,
  rows: { geneId: string; patientIds: string[]; values: number[] }[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_VECTORS, { cohort, rows });
}

export async function mergeCohort(tx: ManagedTransaction, id: string, props: Record<string, unknown>): Promise<void> {
  await tx.run(MERGE_COHORT, { id, props });
}

export async function mergePatients(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_PATIENTS, { cohort, rows });
}

export async function mergeSamples(
  tx: ManagedTransaction,
  cohort: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length) await tx.run(MERGE_SAMPLES, { cohort, rows });
}

const PANEL_SYMBOLS = `
MATCH (c:Cohort {id: $id})
CALL (c) {
  UNWIND range(0, size(c.genePanel) - 1) AS i
  OPTIONAL MATCH (g:Gene {id: c.genePanel[i]})
  WITH i, coalesce(g.symbol, c.genePanel[i]) AS symbol ORDER BY i
  RETURN collect(symbol) AS symbols
}
SET c.panelSymbols = symbols, c.patientCount = COUNT { (:Patient {cohortId: $id}) }`;

/** Stores the panel's symbols and the patient count on the cohort (after its patients are written). */
export async function finishCohort(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(PANEL_SYMBOLS, { id });
}
