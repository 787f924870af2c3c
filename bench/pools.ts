/**
 * Inputs for the benchmark, read from the loaded graph: which genes, drugs, prefixes and cohort
 * genes the requests ask about (ordered by id, so every run asks the same questions), and genes
 * grouped by degree for the cost-as-work-grows report.
 */
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';

const POOLS = `
CALL () {
  MATCH (g:Gene) WHERE g.synthetic AND size(g.aliases) > 0
  WITH g ORDER BY g.id LIMIT $n
  RETURN collect(g.aliases[0]) AS aliases
}
CALL () {
  MATCH (g:Gene) WHERE g.synthetic AND EXISTS { (g)<-[:TARGETS]-() }
  WITH g ORDER BY g.id LIMIT $n
  RETURN collect(g.symbol) AS targeted
}
CALL () {
  MATCH (n:Entity) WHERE n.synthetic AND n.kind IN ['GENE', 'DRUG']
  WITH n ORDER BY n.id LIMIT $n
  RETURN collect(left(coalesce(n.symbol, n.name), 4)) AS prefixes
}
CALL () {
  MATCH (g:Gene) WHERE g.synthetic
  WITH g ORDER BY g.id LIMIT $n
  RETURN collect(g.id) AS genes
}
CALL () {
  MATCH (d:Drug) WHERE d.synthetic AND EXISTS { (d)<-[:CONFERS_RESISTANCE_TO]-() }
  WITH d ORDER BY d.id LIMIT $n
  CALL (d) {
    MATCH (d)<-[r:CONFERS_RESISTANCE_TO]-() WHERE r.disease IS NOT NULL
    RETURN r.disease AS disease ORDER BY r.statementId LIMIT 1
  }
  RETURN collect({id: d.id, disease: disease}) AS drugs
}
CALL () {
  MATCH (v:ExpressionVector {cohortId: $cohort})
  WITH v ORDER BY v.geneId LIMIT $n
  RETURN collect(v.geneId) AS panel
}
RETURN aliases, targeted, prefixes, genes, drugs, panel`;

export interface BenchPools {
  aliases: string[];
  targeted: string[];
  prefixes: string[];
  genes: string[];
  drugs: { id: string; disease: string | null }[];
  panel: string[];
}

export async function benchPools(db: Database, cohort: string, n: number): Promise<BenchPools> {
  const [row] = await db.read(POOLS, { cohort, n: int(n) }, { timeoutMs: 120_000 });
  return row as unknown as BenchPools;
}

/** Up to `n` genes per degree band (1–9, 10–99, 100–999, 1000+ statement relationships). */
const GENES_BY_DEGREE = `
MATCH (g:Gene) WHERE g.synthetic
WITH g, COUNT { (g)-[:REGULATES|TARGETS|PARTICIPATES_IN|ASSOCIATED_WITH|CONFERS_RESISTANCE_TO|SENSITIZES_TO]-() } AS degree
WITH g, degree, CASE WHEN degree < 10 THEN 1 WHEN degree < 100 THEN 10 WHEN degree < 1000 THEN 100 ELSE 1000 END AS band
WITH band, g, degree ORDER BY g.id
WITH band, collect({id: g.id, degree: degree})[0..$n] AS genes
RETURN band, genes ORDER BY band`;

export async function genesByDegree(
  db: Database,
  n: number,
): Promise<{ band: number; genes: { id: string; degree: number }[] }[]> {
  return (await db.read(GENES_BY_DEGREE, { n: int(n) }, { timeoutMs: 120_000 })) as never;
}

/** The `n` genes with the most statement relationships, most first: the hubs of the graph. */
const HUBS = `
MATCH (g:Gene) WHERE g.synthetic
WITH g, COUNT { (g)-[:REGULATES|TARGETS|PARTICIPATES_IN|ASSOCIATED_WITH|CONFERS_RESISTANCE_TO|SENSITIZES_TO]-() } AS degree
ORDER BY degree DESC, g.id LIMIT $n
RETURN g.id AS id, degree`;

export async function hubGenes(db: Database, n: number): Promise<{ id: string; degree: number }[]> {
  return (await db.read(HUBS, { n: int(n) }, { timeoutMs: 120_000 })) as never;
}

/** Transactions still running on the server, not counting this one. */
const RUNNING = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS n`;

/** Waits (up to `maxMs`) until the queries a finished measurement left behind have ended. */
export async function waitUntilIdle(db: Database, maxMs: number): Promise<number> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const [row] = await db.read(RUNNING, {}, { timeoutMs: 5000 });
    const n = Number(row?.n ?? 0);
    if (n === 0 || Date.now() > deadline) return n;
    await new Promise((r) => setTimeout(r, 250));
  }
}
