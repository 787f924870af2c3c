/**
 * cBioPortal study folders, loaded unchanged. Like cBioPortal's own importer, each data file is
 * found through the `data_filename` of its `meta_*.txt` (folders name their files differently);
 * without meta files the conventional names (data_clinical_patient.txt, data_clinical_sample.txt,
 * data_mrna*.txt / data_expression*.txt) are used. `meta_study.txt` gives the name, description,
 * reference genome, citation (and PMID) and licence.
 *
 * Every clinical column becomes a declared attribute (id = column header; name, description and
 * datatype from the four `#` header lines, the datatype guessed from the values when they are
 * absent; PATIENT or SAMPLE level by file). Each `<X>_MONTHS` / `<X>_STATUS` pair (OS, DFS, RFS,
 * PFS, DSS) is a survival endpoint; its status is stored as a NUMBER event flag (1 event, 0
 * censored) from the spellings studies use (`1:DECEASED`, `DECEASED`, `0:LIVING`, ...). Missing
 * spellings (`NA`, `[Not Available]`, empty cells, ...) are missing values. A sample's timepoint comes
 * from a SAMPLE_TIMEPOINT or TIMEPOINT column. Mutations (MAF) go through ./maf.ts; unknown genes and other files are reported.
 * The expression matrix is read in one streaming pass (./cbioportal-matrix.ts). The whole folder is
 * validated (with file and line numbers) before anything is written; re-importing changes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database.js';
import {
  CBIOPORTAL_ENDPOINTS,
  eventFlag,
  normaliseTimepoint,
  parseValue,
  type AttributeDecl,
  type ClinicalValue,
  type Column,
  type Datatype,
  type EndpointDecl,
  type Level,
} from '../../domain/clinical.js';
import { loadCohort, type SampleData } from '../cohort-load.js';
import { ImportError, type Progress } from './lines.js';
import { readMatrix } from './cbioportal-matrix.js';
import { cellAt, col, readTable, type Table } from './cbioportal-table.js';
import { readMaf, storeAlterations } from './maf.js';
import { resolveExisting } from './resolve.js';

function readKeyValues(file: string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^([\w.]+)\s*:\s*(.*)$/.exec(line);
    if (m) meta[m[1]!] = m[2]!.trim();
  }
  return meta;
}

const SAMPLE_TYPES: Record<string, string> = {
  'primary tumor': 'TUMOR',
  'primary solid tumor': 'TUMOR',
  tumor: 'TUMOR',
  tumour: 'TUMOR',
  metastasis: 'TUMOR',
  recurrence: 'TUMOR',
  normal: 'NORMAL',
  'solid tissue normal': 'NORMAL',
  'adjacent normal': 'NORMAL',
  organoid: 'ORGANOID',
};

/** Where the study's data files are, from its meta files (or the conventional names), and what is skipped. */
function locateFiles(dir: string, problems: string[]) {
  const found: { patient?: string; sample?: string; expression?: string; mutations?: string } = {};
  const skipped: string[] = [];
  const metas = readdirSync(dir)
    .filter((f) => /^meta_.*\.txt$/.test(f) && f !== 'meta_study.txt')
    .sort();
  for (const m of metas) {
    const kv = readKeyValues(path.join(dir, m));
    const type = (kv.genetic_alteration_type ?? '').toUpperCase();
    const datatype = (kv.datatype ?? '').toUpperCase();
    const file = kv.data_filename;
    if (!file) {
      problems.push(`${m}: no data_filename`);
      continue;
    }
    if (!existsSync(path.join(dir, file))) {
      if (type === 'CLINICAL' || type === 'MRNA_EXPRESSION' || type === 'MUTATION_EXTENDED')
        problems.push(`${m}: data_filename ${file} does not exist`);
      else skipped.push(`${m} (${type}, ${file}): not imported by this importer`);
      continue;
    }
    if (type === 'CLINICAL' && datatype === 'PATIENT_ATTRIBUTES' && !found.patient) found.patient = file;
    else if (type === 'CLINICAL' && datatype === 'SAMPLE_ATTRIBUTES' && !found.sample) found.sample = file;
    else if (type === 'MRNA_EXPRESSION' && datatype === 'CONTINUOUS' && !found.expression) found.expression = file;
    else if (type === 'MUTATION_EXTENDED' && !found.mutations) found.mutations = file;
    else skipped.push(`${m} (${type} ${datatype}, ${file}): not imported by this importer`);
  }
  const files = readdirSync(dir);
  found.patient ??= files.includes('data_clinical_patient.txt') ? 'data_clinical_patient.txt' : undefined;
  found.sample ??= files.includes('data_clinical_sample.txt') ? 'data_clinical_sample.txt' : undefined;
  found.expression ??= files.find((f) => /^data_(mrna|expression).*\.txt$/.test(f) && !/zscore/i.test(f));
  found.mutations ??= files.includes('data_mutations.txt') ? 'data_mutations.txt' : undefined;
  if (!found.patient)
    problems.push('no patient clinical file (meta with PATIENT_ATTRIBUTES, or data_clinical_patient.txt)');
  if (!found.sample)
    problems.push('no sample clinical file (meta with SAMPLE_ATTRIBUTES, or data_clinical_sample.txt)');
  return { found, skipped };
}

/** The attribute declarations of a clinical table's columns (all but the id columns). */
function declare(t: Table, level: Level, idColumns: readonly string[]): { at: number; decl: AttributeDecl }[] {
  const [names, descriptions, datatypes] = t.meta;
  return t.header
    .map((id, at) => ({ id, at }))
    .filter(({ id }) => id && !idColumns.includes(id.toUpperCase()))
    .map(({ id, at }) => {
      const declared = (datatypes?.[at] ?? '').trim().toUpperCase();
      const values = t.rows.map((r) => cellAt(r.cells, at)).filter((v): v is string => v != null);
      const datatype: Datatype = ['STRING', 'NUMBER', 'BOOLEAN'].includes(declared)
        ? (declared as Datatype)
        : values.length && values.every((v) => Number.isFinite(Number(v)))
          ? 'NUMBER'
          : 'STRING';
      const name = names?.[at]?.trim() || id;
      const description = descriptions?.[at]?.trim() || null;
      return { at, decl: { id, name, description, datatype, level } };
    });
}

/**
 * The columns of a clinical table, one value per row, with endpoint status columns as event flags
 * and endpoint times as non-negative numbers; every bad cell is a line-numbered problem.
 */
function readColumns(
  t: Table,
  decls: { at: number; decl: AttributeDecl }[],
  rows: Table['rows'],
  endpoints: EndpointDecl[],
  problems: string[],
): Column[] {
  const times = new Set(endpoints.map((e) => e.timeAttribute));
  const events = new Set(endpoints.map((e) => e.eventAttribute));
  return decls.map(({ at, decl }) => {
    const attribute = events.has(decl.id)
      ? { ...decl, datatype: 'NUMBER' as const, description: `${decl.description ?? decl.name} (1 event, 0 censored)` }
      : decl;
    const values = rows.map((r): ClinicalValue => {
      const raw = cellAt(r.cells, at);
      if (events.has(decl.id)) {
        const flag = eventFlag(raw);
        if (flag === 'bad')
          problems.push(`${t.file} line ${r.line}: ${decl.id} ${JSON.stringify(raw)} is not 1:… or 0:…`);
        return flag === 'bad' ? null : flag;
      }
      const parsed = parseValue(raw, decl.datatype);
      if ('error' in parsed) {
        problems.push(`${t.file} line ${r.line}: ${decl.id} ${parsed.error}`);
        return null;
      }
      if (times.has(decl.id) && typeof parsed.value === 'number' && parsed.value < 0) {
        problems.push(`${t.file} line ${r.line}: ${decl.id} ${JSON.stringify(raw)} is not a non-negative number`);
        return null;
      }
      return parsed.value;
    });
    return { attribute, values };
  });
}

export async function importCbioportal(db: Database, dir: string, log: Progress = () => undefined) {
  const started = Date.now();
  const problems: string[] = [];
  if (!existsSync(path.join(dir, 'meta_study.txt'))) throw new ImportError(dir, ['meta_study.txt is missing']);
  const meta = readKeyValues(path.join(dir, 'meta_study.txt'));
  const study = meta.cancer_study_identifier;
  if (!study || !/^[\w-]+$/.test(study))
    problems.push('meta_study.txt: cancer_study_identifier is missing or not a plain identifier');
  const { found, skipped } = locateFiles(dir, problems);
  if (problems.length) throw new ImportError(dir, problems);
  log(`cbioportal: study ${study} in ${dir}`);

  const cohortId = `RESISTKG:cohort-${study}`;
  const pid = (id: string) => `RESISTKG:patient-${study}-${id}`;
  const sid = (id: string) => `RESISTKG:sample-${study}-${id}`;

  const pt = readTable(path.join(dir, found.patient!));
  const pidAt = col(pt, 'PATIENT_ID');
  if (pidAt < 0) problems.push(`${pt.file}: no PATIENT_ID column`);
  const patientRows: Table['rows'] = [];
  const seen = new Set<string>();
  for (const r of pt.rows) {
    const id = cellAt(r.cells, pidAt);
    if (!id) problems.push(`${pt.file} line ${r.line}: PATIENT_ID is empty`);
    else if (seen.has(id)) problems.push(`${pt.file} line ${r.line}: patient ${id} appears twice`);
    else {
      seen.add(id);
      patientRows.push(r);
    }
  }
  const upper = pt.header.map((h) => h.toUpperCase());
  const endpoints: EndpointDecl[] = CBIOPORTAL_ENDPOINTS.filter(
    (e) => upper.includes(`${e.id}_MONTHS`) && upper.includes(`${e.id}_STATUS`),
  ).map((e) => ({
    ...e,
    timeAttribute: pt.header[upper.indexOf(`${e.id}_MONTHS`)]!,
    eventAttribute: pt.header[upper.indexOf(`${e.id}_STATUS`)]!,
  }));
  const patientColumns = readColumns(pt, declare(pt, 'PATIENT', ['PATIENT_ID']), patientRows, endpoints, problems);

  const st = readTable(path.join(dir, found.sample!));
  const sc = {
    id: col(st, 'SAMPLE_ID'),
    patient: col(st, 'PATIENT_ID'),
    type: col(st, 'SAMPLE_TYPE'),
    timepoint: col(st, 'SAMPLE_TIMEPOINT', 'TIMEPOINT'),
  };
  if (sc.id < 0 || sc.patient < 0) problems.push(`${st.file}: SAMPLE_ID and PATIENT_ID columns are required`);
  const sampleRows: Table['rows'] = [];
  const sampleOf = new Map<string, { patient: string; type: string; timepoint: string | null }>();
  for (const r of st.rows) {
    const id = cellAt(r.cells, sc.id);
    const patient = cellAt(r.cells, sc.patient);
    if (!id || !patient) {
      problems.push(`${st.file} line ${r.line}: SAMPLE_ID and PATIENT_ID are required`);
      continue;
    }
    if (!seen.has(patient)) problems.push(`${st.file} line ${r.line}: patient ${patient} is not in ${pt.file}`);
    if (sampleOf.has(id)) problems.push(`${st.file} line ${r.line}: sample ${id} appears twice`);
    const raw = (cellAt(r.cells, sc.type) ?? 'Primary Tumor').toLowerCase();
    sampleOf.set(id, {
      patient,
      type: SAMPLE_TYPES[raw] ?? 'TUMOR',
      timepoint: normaliseTimepoint(cellAt(r.cells, sc.timepoint)),
    });
    sampleRows.push(r);
  }
  const sampleColumns = readColumns(st, declare(st, 'SAMPLE', ['SAMPLE_ID', 'PATIENT_ID']), sampleRows, [], problems);

  const matrix = found.expression
    ? await readMatrix(path.join(dir, found.expression), (id) => sampleOf.has(id), st.file, problems)
    : { samples: [], values: new Map<string, Float64Array>() };
  const valuesBySymbol = matrix.values;
  const maf = found.mutations ? readMaf(path.join(dir, found.mutations), sampleOf, problems) : null;
  if (problems.length) throw new ImportError(dir, problems);
  log(`cbioportal: files read and checked (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const genes = await resolveExisting(db, 'GENE', [...valuesBySymbol.keys()]);
  const unknown = [...valuesBySymbol.keys()].filter((s) => !genes.has(s));
  const panel = [...valuesBySymbol.keys()].filter((s) => genes.has(s));
  const panelValues = panel.map((sym) => valuesBySymbol.get(sym)!);
  const matrixColumn = new Map(matrix.samples.map((h, k) => [h, k]));
  const samples: SampleData[] = sampleRows.map((r) => {
    const id = cellAt(r.cells, sc.id)!;
    const s = sampleOf.get(id)!;
    const at = matrixColumn.get(id);
    const sample: SampleData = { id: sid(id), sourceId: id, patientId: pid(s.patient), type: s.type };
    if (s.timepoint) sample.timepoint = s.timepoint;
    if (at != null) sample.expression = panelValues.map((values) => values[at]!);
    return sample;
  });
  const cohort: Record<string, unknown> = {
    name: meta.name ?? study,
    accession: study,
    description: meta.description ?? null,
    synthetic: /synthetic/i.test(`${meta.name ?? ''} ${meta.description ?? ''}`),
    source: `cBioPortal study folder ${path.basename(dir)}`,
    referenceGenome: meta.reference_genome ?? null,
    citation: [meta.citation, meta.pmid && `PMID:${meta.pmid}`].filter(Boolean).join(' ') || null,
    licence: meta.license ?? meta.licence ?? null,
    genePanel: panel.map((s) => genes.get(s)!),
    unknownGenes: unknown,
  };
  await loadCohort(
    db,
    {
      id: cohortId,
      cohort,
      patients: patientRows.map((r) => ({ id: pid(cellAt(r.cells, pidAt)!), sourceId: cellAt(r.cells, pidAt)! })),
      samples,
      columns: [...patientColumns, ...sampleColumns],
      endpoints,
    },
    log,
  );
  const alterations = maf
    ? await storeAlterations(
        db,
        cohortId,
        maf,
        samples.map((x) => x.sourceId as string),
        sid,
        log,
      )
    : null;
  if (alterations?.unknownGenes.length)
    log(
      `cbioportal: ${alterations.unknownGenes.length} mutated genes are not in the graph; their mutations were skipped: ${alterations.unknownGenes.slice(0, 20).join(', ')}`,
    );
  if (maf?.skippedRows.length)
    log(
      `cbioportal: skipped ${maf.skippedRows.length} MAF rows that alter no protein: ${maf.skippedRows.slice(0, 10).join('; ')}`,
    );
  if (unknown.length)
    log(
      `cbioportal: ${unknown.length} genes of the matrix are not in the graph and were left out of the panel: ${unknown.slice(0, 20).join(', ')}`,
    );
  for (const s of skipped) log(`cbioportal: skipped ${s}`);
  const summary = {
    patients: patientRows.length,
    samples: samples.length,
    attributes: patientColumns.length + sampleColumns.length,
    endpoints: endpoints.map((e) => e.id),
    genes: panel.length,
    unknownGenes: unknown.length,
    mutations: alterations?.mutations ?? 0,
    variants: alterations?.variants ?? 0,
    newVariants: alterations?.newVariants ?? 0,
  };
  log(`cbioportal: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return {
    cohortId,
    ...summary,
    unknownGeneSymbols: unknown,
    unknownMutatedGenes: alterations?.unknownGenes ?? [],
    skippedMutationRows: maf?.skippedRows ?? [],
    skipped,
  };
}
