/**
 * GMT gene-set files (name, id or description, gene symbols…; e.g. ReactomePathways.gmt). Each set
 * becomes a Pathway (REACT:R-HSA-… when the second column is a Reactome id, else a RESISTKG: id) and
 * each member gene a structural PARTICIPATES_IN statement (belief 1). Symbols the graph does not
 * know are reported, never dropped silently.
 */
import type { Database } from '../../db/database.js';
import type { StatementRow } from '../../db/seed.repo.js';
import { ImportError, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

export function pathwayId(name: string, second: string): string {
  if (/^R-HSA-\d+$/.test(second)) return `REACT:${second}`;
  const reactome = /(R-HSA-\d+)/.exec(second);
  if (reactome) return `REACT:${reactome[1]}`;
  const kegg = /\b(hsa\d{5})\b/.exec(second);
  if (kegg) return `KEGG.PATHWAY:${kegg[1]}`;
  const wp = /\b(WP\d+)\b/.exec(second);
  if (wp) return `WP:${wp[1]}`;
  return `RESISTKG:geneset-${stableHash(name)}`;
}

export async function importGmt(db: Database, path: string, source: string, log: Progress = () => undefined) {
  const started = Date.now();
  log(`gmt: reading ${path}`);
  const problems: string[] = [];
  const sets: { line: number; name: string; id: string; genes: string[] }[] = [];
  for await (const [n, line] of readLines(path, log, 1000)) {
    if (!line.trim()) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < 3) {
      problems.push(`line ${n}: expected name, id/description and at least one gene, separated by tabs`);
      continue;
    }
    const [name, second, ...genes] = cells as [string, string, ...string[]];
    if (!name) problems.push(`line ${n}: the set has no name`);
    sets.push({ line: n, name, id: pathwayId(name, second), genes: [...new Set(genes.filter(Boolean))] });
  }
  if (sets.length === 0 && problems.length === 0) problems.push('line 1: the file has no gene sets');
  const dup = sets.find((s, i) => sets.findIndex((t) => t.id === s.id) !== i);
  if (dup) problems.push(`line ${dup.line}: pathway ${dup.id} appears twice`);
  if (problems.length) throw new ImportError(path, problems);

  const genes = await resolveExisting(
    db,
    'GENE',
    sets.flatMap((s) => s.genes),
  );
  const pathways = await resolveExisting(
    db,
    'PATHWAY',
    sets.map((s) => s.id),
  );
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  const unknown = new Set<string>();
  for (const s of sets) {
    if (!pathways.has(s.id)) {
      const [e, syn] = newEntity('PATHWAY', s.id, s.name, [], { source });
      batch.entities.push(e);
      batch.synonyms.push(syn);
    }
    for (const symbol of s.genes) {
      const geneId = genes.get(symbol);
      if (!geneId) {
        unknown.add(symbol);
        continue;
      }
      const statement: StatementRow = {
        id: `RESISTKG:stmt-gmt-${stableHash(`${geneId}|${s.id}`)}`,
        subject: geneId,
        predicate: 'PARTICIPATES_IN',
        object: s.id,
        sign: 1,
        props: {
          structural: true,
          tier: 'IMPORT',
          factKeys: [],
          source,
          contextNote: `Member of ${s.name} (${source})`,
        },
        edgeProps: { interactionType: null, mechanism: null, disease: null },
      };
      batch.statements.push(statement);
    }
  }
  await writeImport(db, batch, log, 'gmt');
  const list = [...unknown].sort();
  if (list.length)
    log(
      `gmt: ${list.length} gene symbols are not in the graph and were not linked (import genes first): ${list.slice(0, 15).join(', ')}${list.length > 15 ? ', …' : ''}`,
    );
  const summary = {
    sets: sets.length,
    memberships: batch.statements.length,
    newPathways: batch.entities.length,
    unknownGenes: list.length,
  };
  log(`gmt: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return { ...summary, unknownGeneSymbols: list };
}
