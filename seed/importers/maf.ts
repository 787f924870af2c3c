/**
 * The mutations of a cBioPortal study (`data_mutations.txt`, a MAF): Hugo_Symbol, HGVSp_Short,
 * Variant_Classification, Tumor_Sample_Barcode, and the VAF t_alt_count / (t_alt_count +
 * t_ref_count) when both counts are present. Rows that alter no protein (Silent, Intron, UTR, ...,
 * or without a parseable protein change) are skipped and reported; rows naming unknown samples
 * (or, with a `#sequenced_samples:` line, unlisted ones) or with bad counts are line-numbered
 * errors. Profiled samples are those of a `#sequenced_samples:` line, or every sample of the study.
 * Genes the graph does not know are reported, not invented; variants the graph lacks are created
 * (db/variant.repo.ts createVariants), a chunk per transaction with progress on the log. Reloads
 * change nothing.
 */
import { replaceAlterations, type AlterationVectorRow } from '../../db/alteration.repo.js';
import type { Database } from '../../db/database.js';
import { existingIds } from '../../db/import.repo.js';
import { createVariants, mergeVariants } from '../../db/variant.repo.js';
import { alleleFraction, NON_PROTEIN_CLASSES } from '../../domain/alterations.js';
import { chunks, lanes } from '../../domain/batches.js';
import type { EntityRecord } from '../../domain/entity.js';
import { parseProteinChange, variantRecord, type ProteinChange } from '../../domain/variant.js';
import { cellAt, col, readTable } from './cbioportal-table.js';
import { resolveExisting } from './resolve.js';

/** New variants written per transaction (each a node, its names and its VARIANT_OF statement). */
const VARIANTS_PER_TRANSACTION = 5000;
/** Transactions writing new variants at once. */
const WRITERS = 2;

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

export interface MafCall {
  symbol: string;
  sample: string;
  change: ProteinChange;
  vaf: number | null;
}

export interface Maf {
  calls: MafCall[];
  /** Sample ids listed as sequenced, or null when the file lists none (every sample is profiled). */
  sequenced: Set<string> | null;
  skippedRows: string[];
}

/** Reads and validates a MAF against the study's samples; problems get file and line numbers. */
export function readMaf(file: string, samples: ReadonlyMap<string, unknown>, problems: string[]): Maf {
  const t = readTable(file);
  const at = {
    symbol: col(t, 'HUGO_SYMBOL'),
    sample: col(t, 'TUMOR_SAMPLE_BARCODE'),
    hgvsp: col(t, 'HGVSP_SHORT'),
    cls: col(t, 'VARIANT_CLASSIFICATION'),
    ref: col(t, 'T_REF_COUNT'),
    alt: col(t, 'T_ALT_COUNT'),
  };
  if (at.symbol < 0 || at.sample < 0 || at.hgvsp < 0)
    problems.push(`${t.file}: Hugo_Symbol, Tumor_Sample_Barcode and HGVSp_Short columns are required`);
  const listed = t.meta.map((m) => m.join(' ').trim()).find((m) => /^sequenced_samples\s*:/i.test(m));
  const sequenced = listed
    ? new Set(
        listed
          .replace(/^[^:]*:/, '')
          .split(/\s+/)
          .filter(Boolean),
      )
    : null;
  for (const s of sequenced ?? [])
    if (!samples.has(s)) problems.push(`${t.file}: sequenced sample ${s} is not in the sample file`);
  const calls: MafCall[] = [];
  const skippedRows: string[] = [];
  if (problems.length) return { calls, sequenced, skippedRows };
  for (const r of t.rows) {
    const symbol = cellAt(r.cells, at.symbol);
    const sample = cellAt(r.cells, at.sample);
    if (!symbol || !sample) {
      problems.push(`${t.file} line ${r.line}: Hugo_Symbol and Tumor_Sample_Barcode are required`);
      continue;
    }
    if (!samples.has(sample)) {
      problems.push(`${t.file} line ${r.line}: sample ${sample} is not in the sample file`);
      continue;
    }
    if (sequenced && !sequenced.has(sample)) {
      problems.push(`${t.file} line ${r.line}: sample ${sample} is not listed in #sequenced_samples`);
      continue;
    }
    const vaf = alleleFraction(cellAt(r.cells, at.ref), cellAt(r.cells, at.alt));
    if (vaf === 'bad') {
      problems.push(`${t.file} line ${r.line}: t_ref_count and t_alt_count must be non-negative integers`);
      continue;
    }
    const cls = (cellAt(r.cells, at.cls) ?? '').toLowerCase();
    const hgvsp = cellAt(r.cells, at.hgvsp);
    const change = hgvsp && !NON_PROTEIN_CLASSES.has(cls) ? parseProteinChange(hgvsp) : null;
    if (!change || change.gene !== null) {
      skippedRows.push(`line ${r.line} ${symbol} ${hgvsp ?? '(no HGVSp_Short)'} ${cls || ''}`.trim());
      continue;
    }
    calls.push({ symbol, sample, change, vaf });
  }
  return { calls, sequenced, skippedRows };
}

/**
 * Links the calls to Variant nodes (existing ones found by gene and change, missing ones created)
 * and replaces the cohort's stored alterations. `sampleIds` are the study's sample ids in the
 * cohort's sample order; `sid` maps one to its stored id.
 */
export async function storeAlterations(
  db: Database,
  cohortId: string,
  maf: Maf,
  sampleIds: readonly string[],
  sid: (id: string) => string,
  log: (line: string) => void,
) {
  const resolving = Date.now();
  const symbols = [...new Set(maf.calls.map((c) => c.symbol))];
  const genes = await resolveExisting(db, 'GENE', symbols);
  const unknownGenes = symbols.filter((s) => !genes.has(s));
  const calls = maf.calls.filter((c) => genes.has(c.symbol));
  const names = [...new Set(calls.map((c) => `${c.symbol} ${c.change.hgvsp}`))];
  const existing = await resolveExisting(db, 'VARIANT', names);
  const missing = calls.filter((c) => !existing.has(`${c.symbol} ${c.change.hgvsp}`));
  const records = new Map<string, EntityRecord>();
  for (const c of missing) {
    const key = `${c.symbol} ${c.change.hgvsp}`;
    if (!records.has(key))
      records.set(
        key,
        variantRecord({
          geneId: genes.get(c.symbol)!,
          symbol: c.symbol,
          hgvsp: c.change.hgvsp,
          alterationType: c.change.alterationType,
        }),
      );
  }
  const opts = { timeoutMs: 300_000, metadata: { operation: 'cohort' } };
  // Variants not found by name are CREATEd, a chunk per transaction (bounded state); a node that
  // already has the id (written under other names) is MERGEd instead. After a failure midway, a
  // reload finds the chunks already committed by name and creates the rest.
  const taken = await existingIds(
    db,
    [...records.values()].map((r) => r.id),
  );
  const merged = [...records.values()].filter((r) => taken.has(r.id));
  log(
    `cbioportal: ${existing.size.toLocaleString('en')} variants found by name, ${records.size.toLocaleString('en')} new (${seconds(resolving)} s)`,
  );
  if (merged.length) await db.writeTx((tx) => mergeVariants(tx, merged), opts);
  // Two writers at once (the database then uses two cores). Each chunk creates the Synonym nodes of
  // its names that do not exist yet, so variants sharing a name key (every gene's variant of one
  // protein change shares the bare change's) stay in one lane; each transaction takes its genes in
  // id order, so two never wait on each other's genes in a cycle.
  const byGene = (a: EntityRecord, b: EntityRecord) =>
    String(a.props.geneId).localeCompare(String(b.props.geneId)) || a.id.localeCompare(b.id);
  const fresh = lanes(
    [...records.values()].filter((r) => !taken.has(r.id)),
    WRITERS,
    (r) => r.names.map((n) => n.key),
  ).map((lane) => chunks(lane, VARIANTS_PER_TRANSACTION).map((chunk) => chunk.sort(byGene)));
  const total = fresh.reduce((n, lane) => n + lane.length, 0);
  const started = Date.now();
  let written = merged.length;
  let done = 0;
  await Promise.all(
    fresh.map(async (lane) => {
      for (const chunk of lane) {
        await db.writeTx((tx) => createVariants(tx, chunk), opts);
        written += chunk.length;
        log(
          `cbioportal: new variants ${written.toLocaleString('en')} of ${records.size.toLocaleString('en')} written (chunk ${++done}/${total}, ${seconds(started)} s)`,
        );
      }
    }),
  );
  const variantOf = (c: MafCall) => {
    const key: string = `${c.symbol} ${c.change.hgvsp}`;
    return existing.get(key) ?? records.get(key)!.id;
  };
  const row = new Map(sampleIds.map((s, i) => [s, i]));
  const vectors = new Map<string, AlterationVectorRow>();
  const bySample: Record<string, { variants: string[]; vafs: number[] }> = {};
  const seen = new Set<string>();
  for (const c of calls) {
    const variantId = variantOf(c);
    const v = vectors.get(variantId) ?? { variantId, geneId: genes.get(c.symbol)!, sampleRows: [], vafs: [] };
    vectors.set(variantId, v);
    const r = row.get(c.sample)!;
    const call = `${variantId}\t${r}`;
    if (seen.has(call)) continue; // the same call twice (e.g. two transcripts)
    seen.add(call);
    v.sampleRows.push(r);
    v.vafs.push(c.vaf ?? NaN);
    const s = (bySample[sid(c.sample)] ??= { variants: [], vafs: [] });
    s.variants.push(variantId);
    s.vafs.push(c.vaf ?? NaN);
  }
  const profiled = [...(maf.sequenced ?? sampleIds)].map((s) => row.get(s)!).sort((a, b) => a - b);
  const rows = [...vectors.values()].sort((a, b) => a.variantId.localeCompare(b.variantId));
  const storing = Date.now();
  await db.writeTx((tx) => replaceAlterations(tx, cohortId, profiled, rows, bySample), opts);
  log(`cbioportal: ${rows.length.toLocaleString('en')} alteration vectors stored (${seconds(storing)} s)`);
  return { mutations: calls.length, variants: rows.length, newVariants: records.size, unknownGenes };
}
