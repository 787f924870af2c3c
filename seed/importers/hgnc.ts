/**
 * The HGNC complete set (hgnc_complete_set.txt, plain or gzipped; genenames.org): every human gene
 * with its symbol, name, aliases, previous symbols and Entrez, Ensembl and UniProt ids, so search
 * and the other importers find any gene by what people call it. Genes the graph already has are
 * left as they are (never overwritten); re-importing changes nothing.
 */
import type { Database } from '../../db/database.js';
import { ImportError, cell, columns, readLines, type Progress } from './lines.js';
import { newEntity } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

const COLUMNS = {
  id: { names: ['hgnc_id'], required: true },
  symbol: { names: ['symbol'], required: true },
  name: { names: ['name'], required: true },
  status: { names: ['status'], required: false },
  alias: { names: ['alias_symbol'], required: false },
  prev: { names: ['prev_symbol'], required: false },
  entrez: { names: ['entrez_id'], required: false },
  ensembl: { names: ['ensembl_gene_id'], required: false },
  uniprot: { names: ['uniprot_ids'], required: false },
};

const list = (v: string) =>
  v
    .replace(/^"|"$/g, '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

export async function importHgnc(db: Database, path: string, log: Progress = () => undefined) {
  const started = Date.now();
  log(`hgnc: reading ${path}`);
  const problems: string[] = [];
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  let index: ReturnType<typeof columns<keyof typeof COLUMNS>> | undefined;
  let withdrawn = 0;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const c = line.split('\t');
    const id = cell(c, index.id);
    const symbol = cell(c, index.symbol);
    if (!/^HGNC:\d{1,6}$/.test(id)) problems.push(`line ${n}: ${JSON.stringify(id)} is not an HGNC id`);
    if (!symbol) problems.push(`line ${n}: symbol is empty`);
    if (problems.length > 50) break;
    if (index.status >= 0 && cell(c, index.status) && cell(c, index.status) !== 'Approved') {
      withdrawn++;
      continue;
    }
    const aliases = [...list(cell(c, index.alias)), ...list(cell(c, index.prev))];
    const entrez = cell(c, index.entrez) || null;
    const ensembl = cell(c, index.ensembl) || null;
    const uniprot = list(cell(c, index.uniprot))[0] ?? null;
    // The symbol is a primary name (rank 0); the cross-reference ids find the gene as aliases do.
    const [e, s] = newEntity(
      'GENE',
      id,
      cell(c, index.name) || symbol,
      aliases,
      {
        symbol,
        hgncId: id,
        entrezId: entrez,
        ensemblId: ensembl,
        uniprotId: uniprot,
        idSources: ['HGNC complete set'],
        source: 'HGNC',
      },
      { primary: [symbol], aliases: [entrez && `NCBIGene:${entrez}`, entrez, ensembl, uniprot] },
    );
    batch.entities.push(e);
    batch.synonyms.push(s);
  }
  if (!index) problems.push('line 1: the file is empty');
  if (problems.length) throw new ImportError(path, problems);
  log(`hgnc: ${batch.entities.length.toLocaleString('en')} approved genes (${withdrawn} withdrawn left out); writing`);
  await writeImport(db, batch, log, 'hgnc');
  const summary = { genes: batch.entities.length, withdrawn };
  log(`hgnc: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
