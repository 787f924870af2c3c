/**
 * miRTarBase-style TSV (miRTarBase ID, miRNA, Species (miRNA), Target Gene, Target Gene (Entrez ID),
 * Species (Target Gene), Experiments, Support Type, References (PMID)). Each miRNA–gene pair is one
 * REGULATES statement (sign −1, mechanism BINDING: the miRNA represses the gene); each row one
 * ACCEPTED evidence record whose strength follows the support type, so weak evidence stays distinct
 * from strong:
 *   Functional MTI → SUPPORTS, level D, rating 4 · Functional MTI (Weak) → SUPPORTS, level E, rating 2 ·
 *   Non-Functional MTI and Non-Functional MTI (Weak) → REFUTES, level E, rating 1.
 * A non-functional MTI is an experiment that looked for repression of the target and found none: a
 * negative result about the very statement, so it refutes it (lowers belief) and never supports it.
 */
import type { Database } from '../../db/database.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import type { Direction } from '../../domain/vocabulary.js';
import { ImportError, cell, columns, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

const COLUMNS = {
  id: { names: ['mirtarbase id'], required: true },
  mirna: { names: ['mirna'], required: true },
  gene: { names: ['target gene'], required: true },
  entrez: { names: ['target gene (entrez id)', 'target gene (entrez gene id)'], required: true },
  experiments: { names: ['experiments'], required: false },
  support: { names: ['support type'], required: true },
  pmid: { names: ['references (pmid)', 'pmid'], required: true },
};

export const SUPPORT: Record<
  string,
  { direction: Direction; level: 'D' | 'E'; rating: number; modelSystem: 'CELL_LINE' | 'COMPUTATIONAL' }
> = {
  'functional mti': { direction: 'SUPPORTS', level: 'D', rating: 4, modelSystem: 'CELL_LINE' },
  'functional mti (weak)': { direction: 'SUPPORTS', level: 'E', rating: 2, modelSystem: 'CELL_LINE' },
  'non-functional mti': { direction: 'REFUTES', level: 'E', rating: 1, modelSystem: 'CELL_LINE' },
  'non-functional mti (weak)': { direction: 'REFUTES', level: 'E', rating: 1, modelSystem: 'CELL_LINE' },
};

export async function importMirtarbase(
  db: Database,
  path: string,
  log: Progress = () => undefined,
): Promise<Record<string, number>> {
  const started = Date.now();
  log(`mirtarbase: reading ${path}`);
  const problems: string[] = [];
  const rows: {
    line: number;
    id: string;
    mirna: string;
    gene: string;
    entrez: string;
    experiments: string;
    support: string;
    pmid: string;
  }[] = [];
  let index: ReturnType<typeof columns<keyof typeof COLUMNS>> | undefined;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const c = line.split('\t');
    const r = {
      line: n,
      id: cell(c, index.id),
      mirna: cell(c, index.mirna),
      gene: cell(c, index.gene),
      entrez: cell(c, index.entrez),
      experiments: cell(c, index.experiments),
      support: cell(c, index.support),
      pmid: cell(c, index.pmid),
    };
    if (!/^hsa-(miR|let)-[\w-]+$/i.test(r.mirna))
      problems.push(`line ${n}: ${JSON.stringify(r.mirna)} is not a human mature miRNA name (hsa-miR-…)`);
    if (!r.gene) problems.push(`line ${n}: Target Gene is empty`);
    if (!/^\d{1,9}$/.test(r.entrez)) problems.push(`line ${n}: Entrez id ${JSON.stringify(r.entrez)} is not a number`);
    if (!SUPPORT[r.support.toLowerCase()])
      problems.push(`line ${n}: unknown Support Type ${JSON.stringify(r.support)}`);
    if (!/^\d{1,9}$/.test(r.pmid)) problems.push(`line ${n}: PMID ${JSON.stringify(r.pmid)} is not a PubMed id`);
    rows.push(r);
  }
  if (!index) problems.push('line 1: the file is empty');
  if (problems.length) throw new ImportError(path, problems);

  const mirnas = await resolveExisting(
    db,
    'MIRNA',
    rows.map((r) => r.mirna),
  );
  const genes = await resolveExisting(
    db,
    'GENE',
    rows.map((r) => `NCBIGene:${r.entrez}`),
  );
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  const created = new Set<string>();
  const statements = new Map<string, StatementRow>();
  const evidence = new Map<string, EvidenceRow>();
  for (const r of rows) {
    const mirnaId = mirnas.get(r.mirna) ?? `RESISTKG:mirna-${r.mirna}`;
    if (!mirnas.has(r.mirna) && !created.has(mirnaId)) {
      created.add(mirnaId);
      const [e, s] = newEntity('MIRNA', mirnaId, r.mirna, [r.mirna.replace(/^hsa-/, '')], {
        precursors: [],
        source: 'miRTarBase',
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    const geneId = genes.get(`NCBIGene:${r.entrez}`) ?? `NCBIGene:${r.entrez}`;
    if (!genes.has(`NCBIGene:${r.entrez}`) && !created.has(geneId)) {
      created.add(geneId);
      const [e, s] = newEntity('GENE', geneId, r.gene, [r.entrez], {
        symbol: r.gene,
        entrezId: r.entrez,
        source: 'miRTarBase',
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    const statementId = `RESISTKG:stmt-mtb-${stableHash(`${mirnaId}|${geneId}`)}`;
    if (!statements.has(statementId)) {
      statements.set(statementId, {
        id: statementId,
        subject: mirnaId,
        predicate: 'REGULATES',
        object: geneId,
        sign: -1,
        props: { mechanism: 'BINDING', tier: 'IMPORT', factKeys: [], source: 'miRTarBase' },
        edgeProps: { interactionType: null, mechanism: 'BINDING', disease: null },
      });
    }
    const strength = SUPPORT[r.support.toLowerCase()]!;
    batch.publications.push({
      id: `PMID:${r.pmid}`,
      props: { pmid: r.pmid, title: `PMID ${r.pmid}`, name: `PMID ${r.pmid}` },
    });
    const evidenceId = `RESISTKG:ev-mtb-${stableHash(`${r.id}|${r.pmid}|${r.experiments}`)}`;
    evidence.set(evidenceId, {
      id: evidenceId,
      statementId,
      source: `PMID:${r.pmid}`,
      direction: strength.direction,
      props: {
        sentence: `miRTarBase ${r.id}: ${
          strength.direction === 'SUPPORTS'
            ? `${r.mirna} targets ${r.gene}`
            : `no functional repression of ${r.gene} by ${r.mirna} found`
        } (${r.support}; ${r.experiments || 'experiments not listed'}).`,
        level: strength.level,
        modelSystem: strength.modelSystem,
        rating: strength.rating,
        supportType: r.support,
        status: 'ACCEPTED',
        curator: 'import:mirtarbase',
        significance: null,
      },
    });
  }
  batch.statements = [...statements.values()];
  batch.evidence = [...evidence.values()];
  await writeImport(db, batch, log, 'mirtarbase');
  const summary = {
    rows: rows.length,
    statements: batch.statements.length,
    evidence: batch.evidence.length,
    newEntities: batch.entities.length,
  };
  log(`mirtarbase: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
