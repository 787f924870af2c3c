/**
 * `npm run import -- all DIR`: recognises every supported public file in a folder by its name and
 * loads them in dependency order (genes first, then the entities that edges need, then pathways
 * and targets, then the edge samples), with one progress display and one summary.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { MultiBar } from 'cli-progress';
import type { Database } from '../../db/database.js';
import { importCivic } from './civic.js';
import { isCivicHeader } from './civic-rows.js';
import { importDgidb } from './dgidb.js';
import { importDrugcentral } from './drugcentral.js';
import { importGmt } from './gmt.js';
import { importHetionet } from './hetionet.js';
import { importHgnc } from './hgnc.js';
import { readLines, type Progress } from './lines.js';
import { importMirtarbase } from './mirtarbase.js';

type Run = (db: Database, file: string, log: Progress) => Promise<Record<string, unknown>>;

/**
 * File-name patterns, in load order: each with the importer that reads it; a file whose name no
 * pattern matches is recognised by its header line where the format has a distinctive one (`header`).
 */
export const RECOGNISED: readonly { name: string; pattern: RegExp; header?: (line: string) => boolean; run: Run }[] = [
  { name: 'hgnc', pattern: /^hgnc_complete_set.*\.txt(\.gz)?$/i, run: importHgnc },
  { name: 'hetionet nodes', pattern: /^hetionet-nodes.*\.tsv(\.gz)?$/i, run: importHetionet },
  { name: 'gmt (Reactome)', pattern: /\.gmt$/i, run: (db, f, log) => importGmt(db, f, 'Reactome', log) },
  { name: 'drugcentral', pattern: /^drugcentral-targets.*\.tsv(\.gz)?$/i, run: importDrugcentral },
  { name: 'dgidb', pattern: /^(dgidb-)?interactions.*\.tsv(\.gz)?$/i, run: importDgidb },
  { name: 'mirtarbase', pattern: /mirtarbase.*\.(tsv|txt)(\.gz)?$/i, run: importMirtarbase },
  {
    name: 'civic',
    pattern: /^ClinicalEvidenceSummaries.*\.tsv(\.gz)?$/i,
    header: isCivicHeader,
    run: (db, f, log) => importCivic(db, f, log),
  },
  { name: 'hetionet binds', pattern: /^hetionet-compound-binds-gene.*\.tsv(\.gz)?$/i, run: importHetionet },
  { name: 'hetionet edges', pattern: /^hetionet-edges.*\.sif(\.gz)?$/i, run: importHetionet },
];

/**
 * The files of a folder the importers read, in load order, and the names of the others; `headers`
 * holds the first line of the files whose name alone does not say.
 */
export function planImports(
  files: string[],
  headers: Record<string, string> = {},
): { plan: { file: string; name: string; run: Run }[]; other: string[] } {
  const plan: { file: string; name: string; run: Run; at: number }[] = [];
  const other: string[] = [];
  for (const file of [...files].sort()) {
    let at = RECOGNISED.findIndex((r) => r.pattern.test(file));
    const header = headers[file];
    if (at < 0 && header !== undefined) at = RECOGNISED.findIndex((r) => r.header?.(header));
    if (at < 0) other.push(file);
    else plan.push({ file, name: RECOGNISED[at]!.name, run: RECOGNISED[at]!.run, at });
  }
  plan.sort((a, b) => a.at - b.at);
  return { plan: plan.map(({ at: _at, ...p }) => p), other };
}

export async function importAll(
  db: Database,
  dir: string,
  opts: { progress?: boolean } = {},
  log: Progress = () => undefined,
): Promise<{ imported: Record<string, unknown>; notRecognised: string[] }> {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  const headers: Record<string, string> = {};
  for (const f of files) {
    if (!/\.(tsv|txt)(\.gz)?$/i.test(f) || RECOGNISED.some((r) => r.pattern.test(f))) continue;
    for await (const [, line] of readLines(path.join(dir, f), log)) {
      headers[f] = line;
      break;
    }
  }
  const { plan, other } = planImports(files, headers);
  // On a terminal, one bar over the files with the importers' lines above it; elsewhere (a log,
  // CI) the lines alone, each file's starting with its place in the plan.
  const bars =
    opts.progress && process.stderr.isTTY
      ? new MultiBar({ format: '  {bar} {value}/{total} files | {file}', clearOnComplete: false })
      : null;
  const bar = bars?.create(plan.length, 0, { file: '' });
  const say: Progress = bars ? (m) => bars.log(`${m}\n`) : log;
  if (other.length) say(`all: not recognised, left alone: ${other.join(', ')}`);
  const imported: Record<string, unknown> = {};
  try {
    for (const [i, p] of plan.entries()) {
      bar?.update(i, { file: p.file });
      say(`all: ${i + 1}/${plan.length} ${p.name}: ${p.file}`);
      imported[p.file] = await p.run(db, path.join(dir, p.file), say);
    }
    bar?.update(plan.length, { file: 'done' });
  } finally {
    bars?.stop();
  }
  return { imported, notRecognised: other };
}
