/**
 * `npm run soak` (SOAK_SECONDS=300, SOAK_CLIENTS=100 by default): the service in production mode on
 * its own local Neo4j (or NEO4J_URI), driven by concurrent clients over a fixed query mix, all on
 * 127.0.0.1. Prints requests, errors, p50/p99 and memory every interval, and fails (exit 1) on any
 * error or when the heap after GC keeps growing from the first interval to the last.
 */
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configOrExit, openDatabase } from '../neo4j/open.js';
import { freePort } from '../neo4j/embedded.js';
import { loadSeed } from '../seed/load.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 100);
const INTERVAL = Math.max(5, Math.min(60, Math.round(SECONDS / 5)));

const MIX = [
  '{ gene(symbol: "p21") { id symbol } }',
  '{ gene(symbol: "FGFR4") { targetedBy(first: 10) { edges { node { name } interactionType belief statement { evidence(first: 3) { edges { node { level } } } } } } } }',
  '{ search(query: "cav", first: 8) { node { id } score } }',
  '{ neighborhood(ids: ["HGNC:1527"], depth: 2, limit: 100) { truncated nodes { entityId } } }',
  '{ resistancePaths(drug: "sorafenib", disease: "HCC", first: 10) { sign score } }',
  '{ combinationTherapies(drug: "lenvatinib", disease: "HCC") { basis score } }',
  '{ cohort(id: "RESISTKG:cohort-synthetic-hcc") { survival(groupBy: { expression: { gene: "CAV1" } }) { logRank { pValue } cox { hazardRatio } } } }',
];

const config = configOrExit('soak');
const external = config.neo4jUri !== undefined;
const dataDir = external ? '' : mkdtempSync(path.join(tmpdir(), 'resistkg-soak-'));
const opened = await openDatabase(
  external ? config : { ...config, neo4jDataDir: dataDir, neo4jBoltPort: await freePort() },
);
const { db } = opened;
if (!external) await loadSeed(db);
// Every client is on 127.0.0.1, so the per-client rate limit is off.
const { app, apollo } = await createApp({
  db,
  logger: createLogger('warn'),
  authSecret: 'soak-secret-soak-secret-soak-secret!',
  config: { production: true, maxPageSize: 100, rateLimitPerMinute: 0 },
});
const server = await new Promise<Server>((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
const addr = server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/graphql`;

let latencies: number[] = [];
let requests = 0;
let errors = 0;
const heapSamples: number[] = [];
const deadline = Date.now() + SECONDS * 1000;
const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]! : 0;

async function clientLoop(i: number) {
  let k = i;
  while (Date.now() < deadline) {
    const query = MIX[k++ % MIX.length]!;
    const t0 = performance.now();
    try {
      const res = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (!res.ok || body.errors) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
    requests++;
  }
}

function report(label: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  heapSamples.push(mem.heapUsed);
  console.log(
    `${label.padEnd(8)} requests ${String(requests).padStart(7)}  errors ${errors}  p50 ${pct(latencies, 0.5).toFixed(1)} ms  p99 ${pct(latencies, 0.99).toFixed(1)} ms  heap ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB  rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB`,
  );
  latencies = [];
}

console.log(`soak: ${CLIENTS} clients for ${SECONDS} s over ${MIX.length} queries (report every ${INTERVAL} s)`);
report('start');
const timer = setInterval(
  () => report(`+${Math.round((SECONDS * 1000 - (deadline - Date.now())) / 1000)}s`),
  INTERVAL * 1000,
);
await Promise.all(Array.from({ length: CLIENTS }, (_, i) => clientLoop(i)));
clearInterval(timer);
report('end');
await new Promise((r) => server.close(r));
await apollo.stop();
await opened.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const first = heapSamples[1] ?? heapSamples[0]!;
const last = heapSamples[heapSamples.length - 1]!;
const growth = (last - first) / first;
console.log(
  `soak: ${requests} requests, ${errors} errors; heap ${(first / 2 ** 20).toFixed(1)} → ${(last / 2 ** 20).toFixed(1)} MiB (${(growth * 100).toFixed(1)}%)`,
);
if (errors > 0 || growth > 0.25) {
  console.error('soak: FAILED (errors, or heap kept growing)');
  process.exit(1);
}
