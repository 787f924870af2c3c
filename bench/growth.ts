/**
 * Cost as work grows: our path and neighbourhood scenarios on the small, medium and PrimeKG scales
 * at the benchmark's concurrency (how latency grows with graph size), and one request at a time
 * for neighbourhoods of genes in increasing degree bands (how it grows with hub degree).
 */
import { benchPools, genesByDegree } from './pools.js';
import { Database } from '../db/database.js';
import { freePort, startEmbeddedNeo4j } from '../neo4j/embedded.js';
import { scaleIds } from '../seed/scale/generate.js';
import { SCALE_NAMES, SCALES } from '../seed/scale/shapes.js';
import { ensureScaleData } from './data.js';
import { percentile, runLoad } from './load.js';
import { inputsFor, noGraphqlErrors, oursBodies, SCENARIOS } from './scenarios.js';
import { startServer } from './servers.js';

export type GrowthRow =
  | {
      kind: 'size';
      scale: string;
      relationships: number;
      scenario: string;
      rps: number;
      p50: number;
      p95: number;
      errors: number;
    }
  | { kind: 'degree'; scale: string; band: string; genes: number; meanDegree: number; p50: number; max: number };

const SIZE_SCENARIOS = ['resistancePaths', 'neighborhood'] as const;

export async function growth(root: string, connections: number, log: (l: string) => void): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  log('\nCost as work grows (ours only):');
  for (const scale of SCALE_NAMES) {
    const data = await ensureScaleData(root, scale, log);
    const neo4j = await startEmbeddedNeo4j({
      port: await freePort(),
      dataDir: data.dataDir,
      heapMb: 4096,
      pageCacheMb: 4096,
    });
    const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    const ours = await startServer('ours', neo4j).catch(async (e: unknown) => {
      await db.close();
      await neo4j.stop();
      throw e;
    });
    try {
      const cohort = scaleIds(SCALES[scale]).cohort;
      const pools = await benchPools(db, cohort, 200);
      const url = `${ours.url}/graphql`;
      for (const name of SIZE_SCENARIOS) {
        const s = SCENARIOS.find((x) => x.name === name)!;
        const bodies = oursBodies(s, inputsFor(pools, cohort)[name]);
        const verify = noGraphqlErrors;
        // A freshly started Neo4j compiles and JIT-warms its plans for many seconds (measured: 22,
        // then 55, then 78 req/s in three 8 s runs on the small scale), so warm up for longer.
        await runLoad({ url, bodies, verify, connections, seconds: 20 });
        const r = await runLoad({ url, bodies, verify, connections, seconds: 10 });
        const relationships = data.load.stats.relationshipCount;
        rows.push({
          kind: 'size',
          scale,
          relationships,
          scenario: name,
          rps: r.rps,
          p50: r.p50,
          p95: r.p95,
          errors: r.errors,
        });
        log(
          `  ${scale.padEnd(8)} ${relationships.toLocaleString('en').padStart(10)} rels  ${name.padEnd(16)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`,
        );
      }
      const neighborhood = SCENARIOS.find((x) => x.name === 'neighborhood')!;
      for (const { band, genes } of await genesByDegree(db, 5)) {
        const times: number[] = [];
        for (let rep = 0; rep < 3; rep++)
          for (const g of genes) {
            const t0 = performance.now();
            const res = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: oursBodies(neighborhood, [{ id: g.id }])[0],
            });
            await res.text();
            if (rep > 0) times.push(performance.now() - t0);
          }
        times.sort((a, b) => a - b);
        const label = band === 1000 ? '1000+' : `${band}–${band * 10 - 1}`;
        const meanDegree = Math.round(genes.reduce((s, g) => s + g.degree, 0) / Math.max(1, genes.length));
        rows.push({
          kind: 'degree',
          scale,
          band: label,
          genes: genes.length,
          meanDegree,
          p50: percentile(times, 50),
          max: times.at(-1) ?? NaN,
        });
        log(
          `  ${scale.padEnd(8)} neighbourhood of genes with degree ${label.padEnd(8)} (mean ${meanDegree}): p50 ${percentile(times, 50).toFixed(1)} ms, max ${(times.at(-1) ?? NaN).toFixed(1)} ms`,
        );
      }
    } finally {
      await ours.stop();
      await db.close();
      await neo4j.stop();
    }
  }
  return rows;
}
