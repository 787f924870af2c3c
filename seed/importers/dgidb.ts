/**
 * DGIdb interactions TSV (interactions.tsv from dgidb.org/downloads; DGIdb 5 column names, and the
 * older gene_name / entrez_id / interaction_claim_source / interaction_types / PMIDs layout).
 * Each drug–gene pair becomes one TARGETS statement; each source row one ACCEPTED evidence record
 * (level E, COMPUTATIONAL: an aggregated database record; rating 3 when it cites PubMed, else 2).
 * Rows whose action is not stated are kept as interactionType UNKNOWN with sign 0 (direction
 * unknown); a stated action that implies no direction (binder, modulator, ...) keeps its type, with
 * sign 0 too. Sign 0 is never taken as inhibition (docs/ranking.md).
 */
import type { Database } from '../../db/database.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import type { InteractionType } from '../../domain/vocabulary.js';
import { ACTIONS } from './actions.js';
import { targetsStatement } from './drug-targets.js';
import { ImportError, cell, columns, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

const COLUMNS = {
  gene: { names: ['gene_name'], required: true },
  geneConcept: { names: ['gene_concept_id', 'entrez_id'], required: false },
  drug: { names: ['drug_name', 'drug_claim_primary_name'], required: true },
  drugConcept: { names: ['drug_concept_id'], required: false },
  type: { names: ['interaction_type', 'interaction_types'], required: true },
  source: { names: ['interaction_source_db_name', 'interaction_claim_source'], required: true },
  pmids: { names: ['pmids', 'pmid'], required: false },
};

interface Row {
  line: number;
  gene: string;
  geneId: string | null;
  drug: string;
  drugId: string | null;
  action: InteractionType;
  source: string;
  pmids: string[];
}

/** hgnc:1527 → HGNC:1527, chembl:CHEMBL1336 → CHEMBL.COMPOUND:CHEMBL1336, drugbank:DB00398 → DRUGBANK:DB00398. */
export function conceptId(raw: string): string | null {
  const m = /^(hgnc|ncbigene|entrez|chembl|drugbank):(.+)$/i.exec(raw.trim());
  if (!m) return /^\d+$/.test(raw.trim()) ? `NCBIGene:${raw.trim()}` : null;
  const [, prefix, local] = m as unknown as [string, string, string];
  switch (prefix.toLowerCase()) {
    case 'hgnc':
      return /^\d+$/.test(local) ? `HGNC:${local}` : null;
    case 'ncbigene':
    case 'entrez':
      return /^\d+$/.test(local) ? `NCBIGene:${local}` : null;
    case 'chembl':
      return /^CHEMBL\d+$/i.test(local) ? `CHEMBL.COMPOUND:${local.toUpperCase()}` : null;
    default:
      return /^DB\d{5}$/i.test(local) ? `DRUGBANK:${local.toUpperCase()}` : null;
  }
}

export async function importDgidb(
  db: Database,
  path: string,
  log: Progress = () => undefined,
): Promise<Record<string, number>> {
  const started = Date.now();
  log(`dgidb: reading ${path}`);
  const rows: Row[] = [];
  const problems: string[] = [];
  let index: ReturnType<typeof columns<keyof typeof COLUMNS>> | undefined;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const gene = cell(cells, index.gene);
    const drug = cell(cells, index.drug);
    const typeText = cell(cells, index.type).toLowerCase();
    if (!gene) problems.push(`line ${n}: gene_name is empty`);
    if (!drug) problems.push(`line ${n}: drug_name is empty`);
    const firstType = typeText.split(/[,;|]/)[0]!.trim();
    const action = firstType ? ACTIONS[firstType] : 'UNKNOWN';
    if (!action) problems.push(`line ${n}: unknown interaction type ${JSON.stringify(firstType)}`);
    const pmids = cell(cells, index.pmids)
      .split(/[,;|\s]+/)
      .filter(Boolean);
    const badPmid = pmids.find((p) => !/^\d{1,9}$/.test(p));
    if (badPmid) problems.push(`line ${n}: ${JSON.stringify(badPmid)} is not a PubMed id`);
    if (!gene || !drug || !action || badPmid) continue;
    rows.push({
      line: n,
      gene,
      geneId: conceptId(cell(cells, index.geneConcept)),
      drug,
      drugId: conceptId(cell(cells, index.drugConcept)),
      action,
      source: cell(cells, index.source) || 'DGIdb',
      pmids,
    });
  }
  if (!index) problems.push('line 1: the file is empty');
  if (problems.length) throw new ImportError(path, problems);

  const genes = await resolveExisting(
    db,
    'GENE',
    rows.map((r) => r.geneId ?? r.gene),
  );
  const geneBySymbol = await resolveExisting(
    db,
    'GENE',
    rows.map((r) => r.gene),
  );
  const drugs = await resolveExisting(
    db,
    'DRUG',
    rows.flatMap((r) => [r.drugId ?? '', r.drug]),
  );
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  const created = new Set<string>();
  const statements = new Map<string, StatementRow>();
  const evidence = new Map<string, EvidenceRow>();
  let unresolvedGenes = 0;
  for (const r of rows) {
    let geneId = genes.get(r.geneId ?? r.gene) ?? geneBySymbol.get(r.gene) ?? r.geneId;
    if (!geneId) {
      unresolvedGenes++;
      geneId = `RESISTKG:dgidb-gene-${r.gene.toUpperCase().replace(/[^A-Z0-9-]/g, '_')}`;
    }
    if (!genes.has(r.geneId ?? r.gene) && !geneBySymbol.has(r.gene) && !created.has(geneId)) {
      created.add(geneId);
      const [e, s] = newEntity('GENE', geneId, r.gene, [], { symbol: r.gene, source: 'DGIdb' });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    let drugId =
      drugs.get(r.drugId ?? '') ??
      drugs.get(r.drug) ??
      r.drugId ??
      `RESISTKG:dgidb-drug-${r.drug.toUpperCase().replace(/[^A-Z0-9-]/g, '_')}`;
    if (!drugs.has(r.drugId ?? '') && !drugs.has(r.drug) && !created.has(drugId)) {
      created.add(drugId);
      const [e, s] = newEntity('DRUG', drugId, r.drug.toLowerCase(), [r.drug], {
        synonyms: [r.drug],
        agentType: 'UNSPECIFIED',
        approvalStatus: 'EXPERIMENTAL',
        source: 'DGIdb',
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    drugId = drugId!;
    const statementId = `RESISTKG:stmt-dgidb-${stableHash(`${drugId}|${geneId}`)}`;
    if (!statements.has(statementId))
      statements.set(statementId, targetsStatement(statementId, drugId, geneId, r.action, 'DGIdb'));
    const sourceId = r.pmids[0]
      ? `PMID:${r.pmids[0]}`
      : `RESISTKG:src-dgidb-${r.source.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    batch.publications.push({
      id: sourceId,
      props: r.pmids[0]
        ? { pmid: r.pmids[0], title: `PMID ${r.pmids[0]}`, name: `PMID ${r.pmids[0]}` }
        : { title: `${r.source} via DGIdb`, name: `${r.source} via DGIdb`, url: 'https://dgidb.org' },
    });
    const evidenceId = `RESISTKG:ev-dgidb-${stableHash(`${drugId}|${geneId}|${r.source}|${r.pmids.join(',')}`)}`;
    evidence.set(evidenceId, {
      id: evidenceId,
      statementId,
      source: sourceId,
      direction: 'SUPPORTS',
      props: {
        sentence: `DGIdb interaction record from ${r.source}: ${r.drug} ${r.action.toLowerCase()} ${r.gene} (line ${r.line}).`,
        level: 'E',
        modelSystem: 'COMPUTATIONAL',
        rating: r.pmids.length ? 3 : 2,
        status: 'ACCEPTED',
        curator: 'import:dgidb',
        significance: null,
      },
    });
  }
  batch.statements = [...statements.values()];
  batch.evidence = [...evidence.values()];
  await writeImport(db, batch, log, 'dgidb');
  const summary = {
    rows: rows.length,
    statements: batch.statements.length,
    evidence: batch.evidence.length,
    newEntities: batch.entities.length,
    unresolvedGenes,
  };
  log(`dgidb: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
