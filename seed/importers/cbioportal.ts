/**
 * cBioPortal-style study folders: meta_study.txt, data_clinical_patient.txt,
 * data_clinical_sample.txt and an expression matrix keyed by Hugo symbol (data_mrna*.txt or
 * data_expression*.txt), loaded unchanged. Survival columns: OS_MONTHS with OS_STATUS ("1:DECEASED"
 * / "0:LIVING"), and DFS_* or RFS_* ("1:Recurred/Progressed" / "0:DiseaseFree"). Genes the graph does
 * not know are reported and left out of the panel, never dropped silently. The whole folder is
 * validated (with file and line numbers) before anything is written; re-importing changes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database.js';
import { loadCohort } from '../cohort-load.js';
import { ImportError, type Progress } from './lines.js';
import { resolveExisting } from './resolve.js';

const NA = new Set(['', 'na', 'nan', '[not available]', '[not applicable]', '[unknown]', 'null', 'n/a']);

interface Table {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

function readTable(file: string): Table {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith('#')) i++;
  const header = (lines[i] ?? '').split('\t').map((h) => h.trim());
  const rows = lines
    .slice(i + 1)
    .map((l, k) => ({ line: i + 2 + k, cells: l.split('\t') }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { file, header, rows };
}

function col(t: Table, ...names: string[]): number {
  return t.header.findIndex((h) => names.includes(h.toUpperCase()));
}

function value(cells: string[], at: number): string | null {
  if (at < 0) return null;
  const v = (cells[at] ?? '').trim();
  return NA.has(v.toLowerCase()) ? null : v;
}

/** "1:DECEASED" → 1, "0:LIVING" → 0; also the bare words. */
export function statusFlag(v: string | null): 0 | 1 | null | 'bad' {
  if (v == null) return null;
  const s = v.toUpperCase();
  if (/^1(:|$)/.test(s) || /^(DECEASED|DEAD|RECURRED|RECURRED\/PROGRESSED|PROGRESSED)$/.test(s)) return 1;
  if (/^0(:|$)/.test(s) || /^(LIVING|ALIVE|DISEASEFREE|DISEASE FREE|CENSORED)$/.test(s)) return 0;
  return 'bad';
}

function yesNo(v: string | null): boolean | null | 'bad' {
  if (v == null) return null;
  const s = v.toLowerCase();
  if (['1', 'yes', 'true', 'positive', 'responder', 'response', 'pos', '+'].includes(s)) return true;
  if (['0', 'no', 'false', 'negative', 'non-responder', 'nonresponder', 'no response', 'neg', '-'].includes(s))
    return false;
  return 'bad';
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

function readMeta(dir: string): Record<string, string> {
  const file = path.join(dir, 'meta_study.txt');
  if (!existsSync(file)) throw new ImportError(dir, ['meta_study.txt is missing']);
  const meta: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^([\w.]+)\s*:\s*(.*)$/.exec(line);
    if (m) meta[m[1]!] = m[2]!.trim();
  }
  return meta;
}

export async function importCbioportal(db: Database, dir: string, log: Progress = () => undefined) {
  const started = Date.now();
  const problems: string[] = [];
  const meta = readMeta(dir);
  const study = meta.cancer_study_identifier;
  if (!study || !/^[\w-]+$/.test(study))
    problems.push('meta_study.txt: cancer_study_identifier is missing or not a plain identifier');
  for (const f of ['data_clinical_patient.txt', 'data_clinical_sample.txt']) {
    if (!existsSync(path.join(dir, f))) problems.push(`${f} is missing`);
  }
  const matrixFile = readdirSync(dir).find((f) => /^data_(mrna|expression).*\.txt$/.test(f));
  if (!matrixFile) problems.push('no expression matrix (data_mrna*.txt or data_expression*.txt)');
  if (problems.length) throw new ImportError(dir, problems);
  log(`cbioportal: study ${study} in ${dir}`);

  const cohortId = `RESISTKG:cohort-${study}`;
  const pid = (id: string) => `RESISTKG:patient-${study}-${id}`;
  const sid = (id: string) => `RESISTKG:sample-${study}-${id}`;

  const pt = readTable(path.join(dir, 'data_clinical_patient.txt'));
  const c = {
    id: col(pt, 'PATIENT_ID'),
    osM: col(pt, 'OS_MONTHS'),
    osS: col(pt, 'OS_STATUS'),
    rfsM: col(pt, 'RFS_MONTHS', 'DFS_MONTHS'),
    rfsS: col(pt, 'RFS_STATUS', 'DFS_STATUS'),
    age: col(pt, 'AGE'),
    sex: col(pt, 'SEX', 'GENDER'),
    hbv: col(pt, 'HBV_STATUS', 'HBV', 'HBSAG', 'HEPATITIS_B'),
    stage: col(pt, 'BCLC_STAGE', 'STAGE', 'AJCC_PATHOLOGIC_TUMOR_STAGE', 'TNM_STAGE'),
    treatment: col(pt, 'TREATMENT', 'TREATMENT_TYPE'),
    responder: col(pt, 'RESPONDER', 'RESPONSE', 'SORAFENIB_RESPONSE'),
  };
  if (c.id < 0) problems.push(`${pt.file}: no PATIENT_ID column`);
  const patients: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const num = (file: string, line: number, name: string, v: string | null) => {
    if (v == null) return null;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) {
      problems.push(`${path.basename(file)} line ${line}: ${name} ${JSON.stringify(v)} is not a non-negative number`);
      return null;
    }
    return n;
  };
  for (const r of pt.rows) {
    const id = value(r.cells, c.id);
    if (!id) {
      problems.push(`data_clinical_patient.txt line ${r.line}: PATIENT_ID is empty`);
      continue;
    }
    if (seen.has(id)) problems.push(`data_clinical_patient.txt line ${r.line}: patient ${id} appears twice`);
    seen.add(id);
    const os = statusFlag(value(r.cells, c.osS));
    const rfs = statusFlag(value(r.cells, c.rfsS));
    if (os === 'bad')
      problems.push(
        `data_clinical_patient.txt line ${r.line}: OS_STATUS ${JSON.stringify(value(r.cells, c.osS))} is not 1:DECEASED or 0:LIVING`,
      );
    if (rfs === 'bad')
      problems.push(
        `data_clinical_patient.txt line ${r.line}: DFS/RFS_STATUS ${JSON.stringify(value(r.cells, c.rfsS))} is not 1:… or 0:…`,
      );
    const hbv = yesNo(value(r.cells, c.hbv));
    const responder = yesNo(value(r.cells, c.responder));
    if (hbv === 'bad')
      problems.push(
        `data_clinical_patient.txt line ${r.line}: HBV value ${JSON.stringify(value(r.cells, c.hbv))} is not positive/negative`,
      );
    if (responder === 'bad')
      problems.push(
        `data_clinical_patient.txt line ${r.line}: responder value ${JSON.stringify(value(r.cells, c.responder))} is not yes/no`,
      );
    const sex = value(r.cells, c.sex)?.toUpperCase() ?? null;
    patients.push({
      id: pid(id),
      sourceId: id,
      osMonths: num(pt.file, r.line, 'OS_MONTHS', value(r.cells, c.osM)),
      osEvent: os === 'bad' ? null : os,
      rfsMonths: num(pt.file, r.line, 'DFS/RFS_MONTHS', value(r.cells, c.rfsM)),
      rfsEvent: rfs === 'bad' ? null : rfs,
      age: num(pt.file, r.line, 'AGE', value(r.cells, c.age)),
      sex: sex === 'M' ? 'MALE' : sex === 'F' ? 'FEMALE' : sex,
      hbvStatus: hbv === true ? 'POSITIVE' : hbv === false ? 'NEGATIVE' : null,
      stage: value(r.cells, c.stage),
      treatment: value(r.cells, c.treatment),
      responder: responder === 'bad' ? null : responder,
    });
  }

  const st = readTable(path.join(dir, 'data_clinical_sample.txt'));
  const sc = { id: col(st, 'SAMPLE_ID'), patient: col(st, 'PATIENT_ID'), type: col(st, 'SAMPLE_TYPE') };
  if (sc.id < 0 || sc.patient < 0)
    problems.push('data_clinical_sample.txt: SAMPLE_ID and PATIENT_ID columns are required');
  const sampleType = new Map<string, { patient: string; type: string }>();
  for (const r of st.rows) {
    const id = value(r.cells, sc.id);
    const patient = value(r.cells, sc.patient);
    if (!id || !patient) {
      problems.push(`data_clinical_sample.txt line ${r.line}: SAMPLE_ID and PATIENT_ID are required`);
      continue;
    }
    if (!seen.has(patient))
      problems.push(`data_clinical_sample.txt line ${r.line}: patient ${patient} is not in data_clinical_patient.txt`);
    const raw = (value(r.cells, sc.type) ?? 'Primary Tumor').toLowerCase();
    sampleType.set(id, { patient, type: SAMPLE_TYPES[raw] ?? 'TUMOR' });
  }

  const mt = readTable(path.join(dir, matrixFile!));
  const hugo = col(mt, 'HUGO_SYMBOL');
  if (hugo < 0) problems.push(`${matrixFile}: no Hugo_Symbol column`);
  const sampleCols = mt.header
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => !['HUGO_SYMBOL', 'ENTREZ_GENE_ID', 'CYTOBAND'].includes(h.toUpperCase()));
  for (const { h } of sampleCols)
    if (!sampleType.has(h)) problems.push(`${matrixFile}: column ${h} is not a sample in data_clinical_sample.txt`);
  const rowsBySymbol = new Map<string, { line: number; cells: string[] }>();
  for (const r of mt.rows) {
    const sym = value(r.cells, hugo);
    if (!sym) {
      problems.push(`${matrixFile} line ${r.line}: Hugo_Symbol is empty`);
      continue;
    }
    for (const { h, i } of sampleCols) {
      const v = value(r.cells, i);
      if (v != null && !Number.isFinite(Number(v)))
        problems.push(`${matrixFile} line ${r.line}: ${h} ${JSON.stringify(v)} is not a number`);
    }
    if (!rowsBySymbol.has(sym)) rowsBySymbol.set(sym, r);
  }
  if (problems.length) throw new ImportError(dir, problems);

  const genes = await resolveExisting(db, 'GENE', [...rowsBySymbol.keys()]);
  const unknown = [...rowsBySymbol.keys()].filter((s) => !genes.has(s));
  const panel = [...rowsBySymbol.keys()].filter((s) => genes.has(s));
  const samples = sampleCols.map(({ h, i }) => ({
    id: sid(h),
    sourceId: h,
    patientId: pid(sampleType.get(h)!.patient),
    type: sampleType.get(h)!.type,
    expression: panel.map((s) => {
      const v = value(rowsBySymbol.get(s)!.cells, i);
      return v == null ? NaN : Number(v);
    }),
  }));
  await loadCohort(
    db,
    {
      id: cohortId,
      cohort: {
        name: meta.name ?? study,
        accession: study,
        description: meta.description ?? null,
        synthetic: /synthetic/i.test(`${meta.name ?? ''} ${meta.description ?? ''}`),
        source: `cBioPortal study folder ${path.basename(dir)}`,
        genePanel: panel.map((s) => genes.get(s)!),
        unknownGenes: unknown,
      },
      patients,
      samples,
    },
    log,
  );
  if (unknown.length)
    log(
      `cbioportal: ${unknown.length} genes of the matrix are not in the graph and were left out of the panel: ${unknown.slice(0, 20).join(', ')}`,
    );
  const summary = {
    patients: patients.length,
    samples: samples.length,
    genes: panel.length,
    unknownGenes: unknown.length,
  };
  log(`cbioportal: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return { cohortId, ...summary, unknownGeneSymbols: unknown };
}
