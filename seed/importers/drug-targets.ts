/**
 * Drug → gene target rows keyed by DrugBank id and Entrez gene id (DrugCentral's target table and
 * Hetionet's compound-binds-gene table), written the DGIdb way: one TARGETS statement per drug–gene
 * pair, one ACCEPTED evidence record per row (level E, COMPUTATIONAL; rating 3 when it cites
 * PubMed, else 2), crediting the source. Genes and drugs the graph has (by NCBIGene or DrugBank
 * id, or the drug's name) are linked; others are created.
 */
import type { Database } from '../../db/database.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import type { KnowledgeSource } from '../../domain/sources.js';
import { INTERACTION_TYPE, type InteractionType } from '../../domain/vocabulary.js';
import { stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

export interface DrugTargetRow {
  line: number;
  entrez: string;
  drugbank: string;
  /** The drug's name, where the file gives one. */
  drugName: string | null;
  action: InteractionType;
  /** The source databases the row names (e.g. "DrugCentral (ChEMBL)"). */
  sources: string[];
  pmids: string[];
  /** More facts for the evidence sentence (affinity, licence). */
  note: string | null;
}

/**
 * The imported TARGETS statement of a drug–gene pair: its sign is the interaction type's (an
 * interaction of unknown direction gets 0 and a note, so it is never taken for an inhibitor).
 */
export function targetsStatement(
  id: string,
  drugId: string,
  geneId: string,
  action: InteractionType,
  source: string,
): StatementRow {
  const sign = INTERACTION_TYPE.terms[action].sign ?? 0;
  return {
    id,
    subject: drugId,
    predicate: 'TARGETS',
    object: geneId,
    sign,
    props: {
      interactionType: action,
      contextNote:
        sign === 0 ? 'The source does not state inhibition or activation: direction unknown (sign 0).' : null,
      tier: 'IMPORT',
      factKeys: [],
      source,
    },
    edgeProps: { interactionType: action, mechanism: null, disease: null },
  };
}

export async function writeDrugTargets(
  db: Database,
  rows: DrugTargetRow[],
  source: KnowledgeSource,
  tag: string,
  log: Progress,
): Promise<Record<string, number>> {
  const geneIds = await resolveExisting(
    db,
    'GENE',
    rows.map((r) => `NCBIGene:${r.entrez}`),
  );
  const drugIds = await resolveExisting(
    db,
    'DRUG',
    rows.flatMap((r) => [`DRUGBANK:${r.drugbank}`, r.drugbank, r.drugName ?? '']),
  );
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  const created = new Set<string>();
  const statements = new Map<string, StatementRow>();
  const evidence = new Map<string, EvidenceRow>();
  const sourceId = `RESISTKG:src-${tag}`;
  batch.publications.push({ id: sourceId, props: { title: source.name, name: source.name, url: source.url } });
  for (const r of rows) {
    const geneCurie = `NCBIGene:${r.entrez}`;
    const geneId = geneIds.get(geneCurie) ?? geneCurie;
    if (!geneIds.has(geneCurie) && !created.has(geneId)) {
      created.add(geneId);
      const [e, s] = newEntity('GENE', geneId, geneCurie, [], { entrezId: r.entrez, source: source.name });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    const drugCurie = `DRUGBANK:${r.drugbank}`;
    const known = drugIds.get(drugCurie) ?? drugIds.get(r.drugbank) ?? (r.drugName && drugIds.get(r.drugName));
    const drugId = known || drugCurie;
    if (!known && !created.has(drugId)) {
      created.add(drugId);
      const name = r.drugName ?? r.drugbank;
      const [e, s] = newEntity('DRUG', drugId, name.toLowerCase(), [name, r.drugbank], {
        synonyms: [name],
        drugbankId: r.drugbank,
        agentType: 'UNSPECIFIED',
        approvalStatus: 'EXPERIMENTAL',
        source: source.name,
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    const statementId = `RESISTKG:stmt-${tag}-${stableHash(`${drugId}|${geneId}`)}`;
    if (!statements.has(statementId))
      statements.set(statementId, targetsStatement(statementId, drugId, geneId, r.action, source.name));
    const cites = r.pmids[0] ? `PMID:${r.pmids[0]}` : sourceId;
    if (r.pmids[0])
      batch.publications.push({
        id: cites,
        props: { pmid: r.pmids[0], title: `PMID ${r.pmids[0]}`, name: `PMID ${r.pmids[0]}` },
      });
    const evidenceId = `RESISTKG:ev-${tag}-${stableHash(`${drugId}|${geneId}|${r.sources.join('|')}|${r.pmids.join(',')}`)}`;
    evidence.set(evidenceId, {
      id: evidenceId,
      statementId,
      source: cites,
      direction: 'SUPPORTS',
      props: {
        sentence: `${source.name} target record (${r.sources.join(', ') || source.name}): ${r.drugName ?? r.drugbank} ${r.action.toLowerCase()} of NCBIGene:${r.entrez}${r.note ? `; ${r.note}` : ''}${r.pmids.length > 1 ? `; also PMID ${r.pmids.slice(1).join(', ')}` : ''} (line ${r.line}).`,
        level: 'E',
        modelSystem: 'COMPUTATIONAL',
        rating: r.pmids.length ? 3 : 2,
        status: 'ACCEPTED',
        curator: `import:${tag}`,
        significance: null,
      },
    });
  }
  batch.statements = [...statements.values()];
  batch.evidence = [...evidence.values()];
  await writeImport(db, batch, log, tag);
  return {
    rows: rows.length,
    statements: batch.statements.length,
    evidence: batch.evidence.length,
    newEntities: batch.entities.length,
  };
}
