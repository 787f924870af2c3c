/**
 * Cohorts, patients and samples. A sample's expression is one float array aligned with its
 * cohort's gene panel (`genePanel`), so 10,000 patients × 500 genes is 10,000 compact properties
 * and one survival query reads one array element per patient. Missing values are stored as NaN and
 * come out as null.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database, RunOptions, Row } from './database.js';
import { int } from './values.js';

export interface PatientFilter {
  hbvStatus?: string | null;
  sex?: string | null;
  responder?: boolean | null;
  stages?: string[] | null;
  treatment?: string | null;
  minAge?: number | null;
  maxAge?: number | null;
}

const FILTER = `($f.hbvStatus IS NULL OR p.hbvStatus = $f.hbvStatus)
  AND ($f.sex IS NULL OR p.sex = $f.sex)
  AND ($f.responder IS NULL OR p.responder = $f.responder)
  AND ($f.stages IS NULL OR p.stage IN $f.stages)
  AND ($f.treatment IS NULL OR p.treatment = $f.treatment)
  AND ($f.minAge IS NULL OR p.age >= $f.minAge)
  AND ($f.maxAge IS NULL OR p.age <= $f.maxAge)`;

const COHORTS = `MATCH (c:Cohort) RETURN c { .*, genePanel: NULL, panelSize: size(c.genePanel) } AS cohort ORDER BY c.synthetic, c.id`;

const COHORT = `MATCH (c:Cohort {id: $id}) RETURN c { .*, genePanel: NULL, panelSize: size(c.genePanel) } AS cohort`;

const PANEL = `MATCH (c:Cohort {id: $id}) RETURN c.genePanel AS genes, c.panelSymbols AS symbols`;

const PATIENTS = `
MATCH (p:Patient {cohortId: $cohort})
WHERE __FILTER__
WITH p ORDER BY p.id
WITH collect(p { .* }) AS found
RETURN found[$skip..$skip + $limit] AS items, size(found) AS total`.replace('__FILTER__', FILTER);

const SAMPLES = `
MATCH (s:Sample {cohortId: $cohort})
WITH s ORDER BY s.id
WITH collect(s { .*, expression: NULL, fractionExpressing: NULL }) AS found
RETURN found[$skip..$skip + $limit] AS items, size(found) AS total`;

const SAMPLES_OF_PATIENTS = `
UNWIND $ids AS id
OPTIONAL MATCH (s:Sample {patientId: id})
WITH id, s ORDER BY s.id
RETURN id, collect(s { .*, expression: NULL, fractionExpressing: NULL }) AS samples`;

const SAMPLE_EXPRESSION = `
MATCH (s:Sample {id: $id}), (c:Cohort {id: s.cohortId})
RETURN [g IN $genes | { gene: g, i: [i IN range(0, size(c.genePanel) - 1) WHERE c.genePanel[i] = g][0] }] AS wanted,
       s.expression AS expression, s.fractionExpressing AS fractions`;

/** One row per patient passing the filter, with the survival and clinical columns. */
const PATIENT_ROWS = `
MATCH (p:Patient {cohortId: $cohort})
WHERE __FILTER__
RETURN p.id AS id, p.osMonths AS osMonths, p.osEvent AS osEvent, p.rfsMonths AS rfsMonths, p.rfsEvent AS rfsEvent,
       p.responder AS responder, p.hbvStatus AS hbvStatus, p.sex AS sex, p.stage AS stage, p.treatment AS treatment
ORDER BY id`.replace('__FILTER__', FILTER);

/** A gene's tumour expression across the cohort: one vector, aligned with its patient ids. */
const EXPRESSION_VECTOR = `
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
RETURN v.patientIds AS patientIds, v.values AS values`;

const clean = (v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v);

export async function listCohorts(db: Database, opts: RunOptions = {}): Promise<Row[]> {
  return (await db.read(COHORTS, {}, opts)).map((r) => r.cohort as Row);
}

export async function cohortById(db: Database, id: string, opts: RunOptions = {}): Promise<Row | null> {
  const [row] = await db.read(COHORT, { id }, opts);
  return (row?.cohort as Row) ?? null;
}

export async function cohortPanel(
  db: Database,
  id: string,
  opts: RunOptions = {},
): Promise<{ genes: string[]; symbols: string[] } | null> {
  const [row] = await db.read(PANEL, { id }, opts);
  return row ? { genes: (row.genes as string[]) ?? [], symbols: (row.symbols as string[]) ?? [] } : null;
}

export async function patientsPage(
  db: Database,
  cohort: string,
  f: PatientFilter,
  skip: number,
  limit: number,
  opts: RunOptions = {},
) {
  const [row] = await db.read(PATIENTS, { cohort, f: filterParams(f), skip: int(skip), limit: int(limit) }, opts);
  return row as unknown as { items: Row[]; total: number };
}

export async function samplesPage(db: Database, cohort: string, skip: number, limit: number, opts: RunOptions = {}) {
  const [row] = await db.read(SAMPLES, { cohort, skip: int(skip), limit: int(limit) }, opts);
  return row as unknown as { items: Row[]; total: number };
}

export async function samplesOfPatients(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, Row[]>> {
  const rows = await db.read(SAMPLES_OF_PATIENTS, { ids }, opts);
  return new Map(rows.map((r) => [r.id as string, r.samples as Row[]]));
}

export async function sampleExpression(db: Database, sampleId: string, genes: string[], opts: RunOptions = {}) {
  const [row] = await db.read(SAMPLE_EXPRESSION, { id: sampleId, genes }, opts);
  if (!row) return [];
  const expression = (row.expression as number[]) ?? [];
  const fractions = (row.fractions as number[] | null) ?? null;
  return (row.wanted as { gene: string; i: number | null }[]).map((w) => ({
    geneId: w.gene,
    value: w.i == null ? null : (clean(expression[w.i]) as number | null),
    fractionExpressing: w.i == null || !fractions ? null : (clean(fractions[w.i]) as number | null),
  }));
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
    db.read(PATIENT_ROWS, { cohort, f: filterParams(f) }, opts),
    db.read(EXPRESSION_VECTOR, { cohort, gene }, opts),
  ]);
  const value = new Map<string, number | null>();
  const v = vectors[0] as { patientIds: string[]; values: number[] } | undefined;
  v?.patientIds.forEach((id, i) => value.set(id, clean(v.values[i]) as number | null));
  return patients.map((p) => ({ ...p, value: value.get(p.id as string) ?? null })) as unknown as SurvivalRow[];
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
