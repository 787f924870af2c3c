/**
 * Alterations of a cohort's samples (mutations from a MAF), stored for cohort-wide reads: one
 * `AlterationVector` node per (cohort, variant) with the sample rows carrying it and their VAFs
 * (NaN when unknown), `profiledSamples` (sample rows) on the cohort, and each sample's variant ids
 * and VAFs on the sample. Reloads replace them, so re-importing the same MAF changes nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  ALTERED_GENES,
  ALTERED_SAMPLES,
  GENE_FREQUENCY,
  SAMPLE_ALTERATIONS,
  VARIANT_FREQUENCY,
} from './alteration.queries.js';
import type { Window } from '../domain/paging.js';
import type { Database, RunOptions } from './database.js';
import { windowParams } from './keyset.js';
import { readKeyed, readRecords } from './records.js';
import { int } from './values.js';

export interface AlterationVectorRow {
  variantId: string;
  geneId: string;
  sampleRows: number[];
  vafs: number[];
}

const DROP_STALE = `
MATCH (v:AlterationVector {cohortId: $cohort}) WHERE NOT v.variantId IN $keep
DETACH DELETE v`;

const MERGE_VECTORS = `
UNWIND $rows AS row
MERGE (v:AlterationVector {cohortId: $cohort, variantId: row.variantId})
SET v.geneId = row.geneId, v.sampleRows = row.sampleRows, v.vafs = row.vafs`;

const SET_SAMPLES = `
MATCH (s:Sample {cohortId: $cohort})
WITH s, $bySample[s.id] AS a
SET s.alterationVariants = coalesce(a.variants, []), s.alterationVafs = coalesce(a.vafs, [])`;

const SET_PROFILED = `MATCH (c:Cohort {id: $cohort}) SET c.profiledSamples = $profiled`;

/** Replaces the cohort's alterations (sample rows are positions in the cohort's sample order). */
export async function replaceAlterations(
  tx: ManagedTransaction,
  cohort: string,
  profiled: number[],
  rows: AlterationVectorRow[],
  bySample: Record<string, { variants: string[]; vafs: number[] }>,
): Promise<void> {
  await tx.run(DROP_STALE, { cohort, keep: rows.map((r) => r.variantId) });
  const stored = rows.map((r) => ({ ...r, sampleRows: r.sampleRows.map(int) }));
  if (rows.length) await tx.run(MERGE_VECTORS, { cohort, rows: stored });
  await tx.run(SET_SAMPLES, { cohort, bySample });
  await tx.run(SET_PROFILED, { cohort, profiled: profiled.map(int) });
}

export interface CohortFrequency {
  cohortId: string;
  alteredSamples: number;
  profiledSamples: number;
  frequency: number;
}

/** Per gene (or variant) id, in key order: the cohorts where it is altered, by cohort id. */
export async function alterationFrequencies(
  db: Database,
  kind: 'GENE' | 'VARIANT',
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<CohortFrequency[][]> {
  const rows = await readKeyed<{ cohorts: { cohortId: string; altered: number; profiled: number }[] }>(
    db,
    kind === 'GENE' ? GENE_FREQUENCY : VARIANT_FREQUENCY,
    { ids },
    ids.length,
    opts,
  );
  return rows.map((r) =>
    r.cohorts.map((c) => ({
      cohortId: c.cohortId,
      alteredSamples: c.altered,
      profiledSamples: c.profiled,
      frequency: c.profiled ? c.altered / c.profiled : 0,
    })),
  );
}

export interface AlteredSamples {
  profiled: number[];
  samplePatient: number[];
  altered: number[];
}

/** The cohort's profiled sample rows and those altering any of the genes or variants; null for an unknown cohort. */
export async function alteredSamples(
  db: Database,
  cohort: string,
  genes: readonly string[],
  variants: readonly string[],
  opts: RunOptions = {},
): Promise<AlteredSamples | null> {
  const [row] = await readRecords<{ profiled: number[] | null; samplePatient: number[] | null; altered: number[][] }>(
    db,
    ALTERED_SAMPLES,
    { cohort, genes, variants },
    opts,
  );
  if (!row) return null;
  return { profiled: row.profiled ?? [], samplePatient: row.samplePatient ?? [], altered: row.altered.flat() };
}

export interface SampleAlteration {
  variantId: string;
  vaf: number | null;
}

/** Each sample's variants with VAFs, in key order (one query for the batch). */
export async function sampleAlterations(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<SampleAlteration[][]> {
  const rows = await readKeyed<{ variants: string[]; vafs: number[] }>(
    db,
    SAMPLE_ALTERATIONS,
    { ids },
    ids.length,
    opts,
  );
  return rows.map((r) =>
    r.variants.map((variantId, k) => ({ variantId, vaf: Number.isNaN(r.vafs[k]) ? null : (r.vafs[k] ?? null) })),
  );
}

export interface AlteredGene {
  geneId: string;
  alteredSamples: number;
  frequency: number;
}

/** A page of the cohort's genes by altered samples (descending), then id; null for an unknown cohort. */
export async function alteredGenesPage(
  db: Database,
  cohort: string,
  window: Window,
  opts: RunOptions = {},
): Promise<{ items: AlteredGene[]; total: number } | null> {
  const [row] = await readRecords<{ items: { geneId: string; altered: number; profiled: number }[]; total: number }>(
    db,
    ALTERED_GENES,
    { cohort, w: windowParams(window) },
    opts,
  );
  if (!row) return null;
  const items = row.items.map((g) => ({
    geneId: g.geneId,
    alteredSamples: g.altered,
    frequency: g.profiled ? g.altered / g.profiled : 0,
  }));
  return { items, total: row.total };
}
