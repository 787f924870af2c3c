/**
 * DrugCentral drug–target table as processed for Hetionet (dhimmel/drugcentral `rephetio/targets.tsv`:
 * GeneID, drugbank_id, drugbank_name, pubmed_ids, sources, actions, urls), CC BY 4.0: attribute
 * DrugCentral. Each row is one target record (seed/importers/drug-targets.ts); an empty action
 * loads as UNKNOWN (sign 0), never as inhibition.
 */
import type { Database } from '../../db/database.js';
import { SOURCES } from '../../domain/sources.js';
import { ACTIONS } from './actions.js';
import { writeDrugTargets, type DrugTargetRow } from './drug-targets.js';
import { ImportError, cell, columns, readLines, type Progress } from './lines.js';

export const DRUGCENTRAL_COLUMNS = {
  gene: { names: ['geneid'], required: true },
  drug: { names: ['drugbank_id'], required: true },
  name: { names: ['drugbank_name'], required: true },
  pmids: { names: ['pubmed_ids'], required: true },
  sources: { names: ['sources'], required: true },
  actions: { names: ['actions'], required: true },
};

/** Parses rows of a drug–target table, collecting problems by line. */
export function targetRow(
  n: number,
  entrez: string,
  drugbank: string,
  drugName: string | null,
  actionText: string,
  pmidText: string,
  sourceText: string,
  note: string | null,
  problems: string[],
): DrugTargetRow | null {
  if (!/^\d+$/.test(entrez)) problems.push(`line ${n}: ${JSON.stringify(entrez)} is not an Entrez gene id`);
  if (!/^DB\d{5}$/.test(drugbank)) problems.push(`line ${n}: ${JSON.stringify(drugbank)} is not a DrugBank id`);
  const word = actionText.split('|')[0]!.trim().toLowerCase();
  const action = word ? ACTIONS[word] : 'UNKNOWN';
  if (!action) problems.push(`line ${n}: unknown action ${JSON.stringify(word)}`);
  const pmids = pmidText.split(/[|,;\s]+/).filter(Boolean);
  const bad = pmids.find((p) => !/^\d{1,9}$/.test(p));
  if (bad) problems.push(`line ${n}: ${JSON.stringify(bad)} is not a PubMed id`);
  if (!/^\d+$/.test(entrez) || !/^DB\d{5}$/.test(drugbank) || !action || bad) return null;
  return { line: n, entrez, drugbank, drugName, action, pmids, sources: sourceText.split('|').filter(Boolean), note };
}

export async function importDrugcentral(
  db: Database,
  path: string,
  log: Progress = () => undefined,
): Promise<Record<string, number>> {
  const started = Date.now();
  log(`drugcentral: reading ${path}`);
  const rows: DrugTargetRow[] = [];
  const problems: string[] = [];
  let index: ReturnType<typeof columns<keyof typeof DRUGCENTRAL_COLUMNS>> | undefined;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, DRUGCENTRAL_COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const c = line.split('\t');
    const row = targetRow(
      n,
      cell(c, index.gene),
      cell(c, index.drug),
      cell(c, index.name) || null,
      cell(c, index.actions),
      cell(c, index.pmids),
      cell(c, index.sources),
      null,
      problems,
    );
    if (row) rows.push(row);
  }
  if (!index) problems.push('line 1: the file is empty');
  if (problems.length) throw new ImportError(path, problems);
  const summary = await writeDrugTargets(db, rows, SOURCES.drugcentral, 'drugcentral', log);
  log(`drugcentral: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
