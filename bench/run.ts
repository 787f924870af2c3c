/**
 * `npm run bench [-- --quick] [--scale small|medium|primekg] [--seconds N] [--connections N]
 *   [--rounds N] [--scenarios a,b] [--no-growth] [--no-import]`
 *
 * Loads (or reuses) a generated graph, starts Neo4j and three compiled servers on it — ours in
 * production mode, the hand-written Cypher ceiling and @neo4j/graphql 7 — checks that both
 * baselines return the same JSON as ours, then drives each scenario of bench/scenarios.ts at fixed
 * concurrency against each server in turn (the order rotates every round), then at a fixed arrival
 * rate (open loop), then one request at a time, repeated reads with the response cache and the
 * import of a generated cBioPortal study (bench/import.ts). Prints the tables and the goals of
 * issues 15 and 16 beside the previous run's, writes JSON to bench/results/, and (full runs) measures how
 * path and neighbourhood latency grow with graph size and hub degree on the small, medium and
 * PrimeKG scales.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchPools, hubGenes, waitUntilIdle } from './pools.js';
import { Database } from '../db/database.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.js';
import { scaleIds } from '../seed/scale/generate.js';
import { isScaleName, SCALES, type ScaleName } from '../seed/scale/shapes.js';
import { ceilingBaseline, checkEquivalence, neo4jGraphqlBaseline } from './ceiling/equivalence.js';
import { ensureScaleData, scaleDataLoaded } from './data.js';
import { goalRows, previousResults } from './goals.js';
import { measureImport, type ImportResult } from './import.js';
import { IMPORT_STUDY } from './study.js';
import { growth, type GrowthRow } from './growth.js';
import { runLoad, runOpenLoop, type LoadResult } from './load.js';
import { NEO4J_GRAPHQL_EXPRESSES, neo4jGraphqlRequest } from './neo4j-graphql/requests.js';
import {
  machine,
  mergeRounds,
  openLoopTable,
  cachedTable,
  concurrency1Table,
  goalTable,
  ratio,
  summary,
  table,
  type OpenLoopResults,
  type ScenarioResults,
} from './report.js';
import {
  inputsFor,
  noGraphqlErrors,
  oursBodies,
  SCENARIOS,
  type Scenario,
  type ScenarioInput,
  type ScenarioName,
} from './scenarios.js';
import { buildBaselines, SERVER_NAMES, startServer, type RunningServer, type ServerName } from './servers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(line);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '16' },
    rounds: { type: 'string' },
    scenarios: { type: 'string' },
    'no-growth': { type: 'boolean', default: false },
    'no-import': { type: 'boolean', default: false },
    'data-root': { type: 'string', default: path.join(ROOT, '.bench-data') },
  },
});
function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}, got ${raw}`);
    process.exit(2);
  }
  return n;
}
const quick = values.quick;
const scale = (values.scale ?? (quick ? 'small' : 'primekg')) as ScaleName;
if (!isScaleName(scale)) {
  console.error(`--scale must be small, medium or primekg, got ${values.scale}`);
  process.exit(2);
}
const settings = {
  scale,
  quick,
  seconds: whole('seconds', values.seconds, quick ? 3 : 15, 1, 600),
  warmupSeconds: quick ? 1 : 3,
  connections: whole('connections', values.connections, 16, 1, 512),
  rounds: whole('rounds', values.rounds, quick ? 1 : 2, 1, 10),
  growth: !quick && !values['no-growth'],
  import: !values['no-import'],
};
const chosen = values.scenarios?.split(',').map((s) => s.trim());
const unknown = chosen?.filter((s) => !SCENARIOS.some((x) => x.name === s));
if (unknown?.length) {
  console.error(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const scenarios = SCENARIOS.filter((s) => !chosen || chosen.includes(s.name));

/**
 * How long to measure: the set time, longer (up to 4 times) when the warm-up's median latency says
 * each connection would answer fewer than about eight requests in it (or none at all), so a slow
 * server on a busy machine is measured rather than reported as 0 requests/s.
 */
function measurementSeconds(warmP50: number): number {
  const wanted = Number.isNaN(warmP50) ? Infinity : Math.ceil((8 * warmP50) / 1000);
  return Math.min(settings.seconds * 4, Math.max(settings.seconds, wanted));
}

/** The request bodies and URL a server gets for a scenario, or null when it cannot express it. */
function requestsFor(server: RunningServer, s: Scenario, inputs: ScenarioInput[]) {
  if (server.name === 'ours')
    return {
      url: `${server.url}/graphql`,
      bodies: oursBodies(s, inputs),
      verify: noGraphqlErrors,
    };
  if (server.name === 'ceiling')
    return {
      url: `${server.url}/scenario/${s.name}`,
      bodies: inputs.map((i) => JSON.stringify(i)),
      verify: () => true,
    };
  const requests = inputs.map((i) => neo4jGraphqlRequest(s.name, i));
  if (requests.some((r) => r === null)) return null;
  return { url: `${server.url}/graphql`, bodies: requests.map((r) => JSON.stringify(r)), verify: noGraphqlErrors };
}

/** How many distinct inputs the cached-reads measurement repeats (all answered once to warm it). */
const CACHED_INPUTS = 20;

/** Seconds after which a full run stops the import unfinished (and reports it as at least that). */
const IMPORT_TIMEOUT_S = 420;

const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');

/** A cached-reads measurement, with how many of its requests the cache answered (from /metrics). */
type CachedResult = LoadResult & { cache: { hits: number; misses: number } };

/** The response cache's hit and miss counters of a server started with METRICS_PUBLIC=true. */
async function cacheCounts(url: string): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const count = (result: string) =>
    Number(
      new RegExp(`^resistkg_response_cache_requests_total\\{result="${result}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0,
    );
  return { hit: count('hit'), miss: count('miss') };
}

/**
 * Repeated reads with the response cache on (server/response-cache.ts): a second resistkg server
 * with RESPONSE_CACHE_MB at its default answers each of CACHED_INPUTS inputs once, one at a time,
 * then one connection repeats them; its /metrics counters say how many of those were hits. Every
 * request still reads the graph version from Neo4j, so this is the latency of a correct cache hit,
 * not of a process-local memo.
 */
async function cachedReads(
  neo4j: EmbeddedNeo4j,
  chosen: readonly Scenario[],
  inputs: Record<ScenarioName, ScenarioInput[]>,
  db: Database,
): Promise<Record<string, CachedResult>> {
  log('Repeated reads with the response cache on …');
  const server = await startServer('ours', neo4j, { RESPONSE_CACHE_MB: '64', METRICS_PUBLIC: 'true' });
  const out: Record<string, CachedResult> = {};
  try {
    for (const s of chosen) {
      const req = requestsFor(server, s, inputs[s.name].slice(0, CACHED_INPUTS));
      if (!req || req.bodies.length === 0) continue;
      await waitUntilIdle(db, 60_000);
      // A timed warm-up would leave slow scenarios' inputs uncached (survival: 20 inputs of ~300 ms
      // each), and the measurement would time misses: answer every input once instead.
      for (const body of req.bodies) {
        const res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await res.text();
        if (res.status !== 200 || !req.verify(text)) throw new Error(`cached reads: ${s.name} answered ${res.status}`);
      }
      const before = await cacheCounts(server.url);
      const r = await runLoad({
        ...req,
        connections: 1,
        seconds: settings.seconds,
        processes: { server: server.pid, neo4j: neo4j.pid },
      });
      const after = await cacheCounts(server.url);
      out[s.name] = { ...r, cache: { hits: after.hit - before.hit, misses: after.miss - before.miss } };
      log(
        `  ${s.name.padEnd(21)} cached, c=1    ${summary(r)}  cache hits ${out[s.name]!.cache.hits}, misses ${out[s.name]!.cache.misses}`,
      );
    }
  } finally {
    await server.stop();
  }
  return out;
}

/** The figures measured one request at a time: which scenario, on which inputs. */
const CONCURRENCY_1 = [
  { key: 'hubNeighborhood', scenario: 'neighborhood', title: 'neighbourhood depth 2 of a hub' },
  { key: 'search', scenario: 'search', title: 'search typeahead' },
  { key: 'survival', scenario: 'survival', title: 'cohort survival' },
] as const;
/** How many hubs (genes of highest degree) the c=1 neighbourhood measurement cycles through. */
const HUBS = 20;

/**
 * Latency at concurrency 1 (the goals for a hub's neighbourhood, typeahead and survival are for one
 * user), ours and the ceiling, each after its own warm-up on an idle database.
 */
async function concurrencyOne(
  byName: Record<ServerName, RunningServer>,
  chosen: readonly Scenario[],
  inputs: Record<ScenarioName, ScenarioInput[]>,
  hubs: string[],
  db: Database,
  neo4jPid: number,
): Promise<Record<string, Partial<Record<ServerName, LoadResult>>>> {
  log('One request at a time (c=1) …');
  const out: Record<string, Partial<Record<ServerName, LoadResult>>> = {};
  for (const m of CONCURRENCY_1) {
    const s = chosen.find((x) => x.name === m.scenario);
    if (!s) continue;
    const pool = m.key === 'hubNeighborhood' ? hubs.map((id) => ({ id })) : inputs[m.scenario];
    out[m.key] = {};
    for (const name of ['ours', 'ceiling'] as const) {
      const req = requestsFor(byName[name], s, pool);
      if (!req || req.bodies.length === 0) continue;
      await waitUntilIdle(db, 60_000);
      const warm = await runLoad({ ...req, connections: 1, seconds: settings.warmupSeconds });
      await waitUntilIdle(db, 60_000);
      const processes = { server: byName[name].pid, neo4j: neo4jPid };
      const r = await runLoad({ ...req, connections: 1, seconds: measurementSeconds(warm.p50), processes });
      out[m.key]![name] = r;
      log(`  ${m.key.padEnd(21)} ${name.padEnd(13)} c=1  ${summary(r)}`);
    }
  }
  return out;
}

async function main() {
  const started = Date.now();
  // Other work on the machine shows here (the JSON keeps it beside the figures).
  const loadAverage: Record<string, number[]> = { start: os.loadavg() };
  const info = machine();
  log(
    `resistkg benchmark: scale ${scale}${quick ? ' (quick)' : ''}, ${settings.connections} connections, ${settings.seconds} s per measurement, ${settings.rounds} round(s)`,
  );
  log(`machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryGiB} GiB, Node ${info.node}`);

  // The build and a reused graph's check go together; a graph to load waits for the build, so that
  // its load time (a goal) is not shared with the compiler.
  log('Building the service (npm run build) …');
  const build = new Promise<void>((resolve, reject) =>
    spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('npm run build failed')),
    ),
  ).then(buildBaselines);
  if (!scaleDataLoaded(values['data-root']!, scale)) await build;
  const [data] = await Promise.all([ensureScaleData(values['data-root']!, scale, log), build]);
  let neo4j: EmbeddedNeo4j | undefined;
  const servers: RunningServer[] = [];
  let db: Database | undefined;
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.close();
    await neo4j?.stop();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    log('Starting Neo4j …');
    neo4j = await startEmbeddedNeo4j({
      port: await freePort(),
      dataDir: data.dataDir,
      heapMb: 4096,
      pageCacheMb: 4096,
    });
    db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    const cohort = scaleIds(SCALES[scale]).cohort;
    const inputs = inputsFor(await benchPools(db, cohort, 200), cohort);
    const hubs = (await hubGenes(db, HUBS)).map((h) => h.id);
    const running = neo4j;
    const launched = await Promise.allSettled(SERVER_NAMES.map((name) => startServer(name, running)));
    for (const r of launched) if (r.status === 'fulfilled') servers.push(r.value);
    for (const r of launched) if (r.status === 'rejected') throw r.reason;
    log(`Servers: ${servers.map((s) => `${s.name} ${s.url}`).join(', ')}`);

    const byName = Object.fromEntries(servers.map((s) => [s.name, s])) as Record<ServerName, RunningServer>;
    log('Checking that the ceiling and @neo4j/graphql return the same JSON as ours …');
    const sample = Object.fromEntries(
      scenarios.map((s) => [s.name, inputs[s.name].slice(0, quick ? 3 : 10)]),
    ) as Record<ScenarioName, ScenarioInput[]>;
    const each = { log: (line: string) => log(`  ${line}`) };
    const mismatches = [
      ...(await checkEquivalence(byName.ours.url, ceilingBaseline(byName.ceiling.url), sample, each)),
      ...(await checkEquivalence(byName.ours.url, neo4jGraphqlBaseline(byName.neo4jGraphql.url), sample, each)),
    ];
    log(mismatches.length === 0 ? '  identical on every sampled input' : `  ${mismatches.length} MISMATCHES:`);
    for (const m of mismatches.slice(0, 10)) log(`  ${JSON.stringify(m).slice(0, 300)}`);

    // A freshly started Neo4j and Node warm up for many seconds: send every server every scenario
    // once before measuring anything, so the first scenario measured is not the one that pays.
    // (The quick run skips this: its measurements are for a first look, not for the record.)
    if (!quick) log('Warming up every server on every scenario …');
    for (const s of quick ? [] : scenarios)
      for (const name of SERVER_NAMES) {
        const req = requestsFor(byName[name], s, inputs[s.name]);
        if (!req) continue;
        await runLoad({ ...req, connections: settings.connections, seconds: settings.warmupSeconds * (quick ? 1 : 3) });
        await waitUntilIdle(db, 60_000);
      }

    const results: Record<string, ScenarioResults> = {};
    const raw: Record<string, Partial<Record<ServerName, LoadResult[]>>> = {};
    const openLoop: Record<string, OpenLoopResults> = {};
    for (const s of scenarios) {
      raw[s.name] = {};
      for (let round = 0; round < settings.rounds; round++) {
        // Who goes first rotates with the round and the scenario, so no server always meets a cold start.
        const shift = round + scenarios.indexOf(s);
        const order = SERVER_NAMES.map((_, i) => SERVER_NAMES[(i + shift) % SERVER_NAMES.length]!);
        for (const name of order) {
          const req = requestsFor(byName[name], s, inputs[s.name]);
          if (!req || req.bodies.length === 0) continue;
          // Each measurement starts on an idle database: a slow server's abandoned queries must not
          // be charged to the next one.
          await waitUntilIdle(db, 60_000);
          const warm = await runLoad({ ...req, connections: settings.connections, seconds: settings.warmupSeconds });
          await waitUntilIdle(db, 60_000);
          const processes = { server: byName[name].pid, neo4j: neo4j.pid };
          const seconds = measurementSeconds(warm.p50);
          const r = await runLoad({ ...req, connections: settings.connections, seconds, processes });
          (raw[s.name]![name] ??= []).push(r);
          log(`  ${s.name.padEnd(21)} ${name.padEnd(13)} ${summary(r)}`);
        }
      }
      results[s.name] = Object.fromEntries(
        SERVER_NAMES.map((n) => [n, raw[s.name]![n] ? mergeRounds(raw[s.name]![n]!) : null]),
      ) as ScenarioResults;

      // Open loop: every server at the same fixed arrival rate, half what the slowest sustained
      // closed-loop, so that its latency is service time and not a queue.
      const rates = SERVER_NAMES.flatMap((n) => (results[s.name]![n] ? [results[s.name]![n]!.rps] : []));
      const rate = Math.max(1, Math.round(Math.min(...rates) * 5) / 10);
      openLoop[s.name] = { rate };
      for (const name of SERVER_NAMES) {
        const req = requestsFor(byName[name], s, inputs[s.name]);
        if (!req || req.bodies.length === 0) continue;
        await waitUntilIdle(db, 60_000);
        const processes = { server: byName[name].pid, neo4j: neo4j.pid };
        const r = await runOpenLoop({ ...req, rate, seconds: settings.seconds, processes });
        openLoop[s.name]![name] = r;
        log(`  ${s.name.padEnd(21)} ${name.padEnd(13)} open loop at ${rate} req/s: ${summary(r)}`);
      }
    }
    const c1 = await concurrencyOne(byName, scenarios, inputs, hubs, db, neo4j.pid);
    const cached = await cachedReads(running, scenarios, inputs, db);
    await stopAll();
    servers.length = 0;

    // With the benchmark's Neo4j stopped: the import into an empty database (a tenth of the study
    // in a quick run).
    let imported: ImportResult | null = null;
    if (settings.import) {
      const study = quick ? { ...IMPORT_STUDY, patients: 1000, genes: 50, mutations: 10_000 } : IMPORT_STUDY;
      // A failed import is a result (recorded with its error), not the end of the run.
      imported = await measureImport(values['data-root']!, log, study, quick ? 600 : IMPORT_TIMEOUT_S).catch(
        (e: unknown): ImportResult => {
          log(`  the import failed: ${(e as Error).message.split('\n').slice(-12).join('\n  ')}`);
          return {
            study,
            seconds: null,
            timedOutAfter: null,
            cpuSeconds: { importer: NaN, neo4j: NaN },
            summary: null,
            error: (e as Error).message.slice(-2000),
          };
        },
      );
    }

    const titles = Object.fromEntries(SCENARIOS.map((s) => [s.name, s.title]));
    log('');
    log(table(results, titles));
    log('');
    log(openLoopTable(openLoop, titles));
    log('');
    log(concurrency1Table(c1, Object.fromEntries(CONCURRENCY_1.map((m) => [m.key, m.title]))));
    log('');
    log(cachedTable(cached, titles));
    let growthRows: GrowthRow[] = [];
    if (settings.growth) growthRows = await growth(values['data-root']!, settings.connections, log);

    const out = {
      date: new Date().toISOString(),
      settings,
      machine: info,
      load: data.load,
      loadedThisRun: data.loadedNow,
      equivalence: {
        baselines: ['ceiling', '@neo4j/graphql (the scenarios it expresses)'],
        checkedInputs: Object.values(sample).flat().length,
        mismatches,
      },
      neo4jGraphqlExpresses: NEO4J_GRAPHQL_EXPRESSES,
      results: Object.fromEntries(
        Object.entries(results).map(([k, v]) => [
          k,
          { ...v, oursOverCeiling: ratio(v.ours, v.ceiling), oursOverNeo4jGraphql: ratio(v.ours, v.neo4jGraphql) },
        ]),
      ),
      rounds: raw,
      openLoop,
      concurrency1: c1,
      hubs,
      cachedReads: cached,
      import: imported,
      growth: growthRows,
      loadAverage: { ...loadAverage, end: os.loadavg() },
      seconds: (Date.now() - started) / 1000,
    };
    const dir = path.join(ROOT, 'bench', 'results');
    const previous = previousResults(dir, scale, quick);
    const goals = goalRows(out, previous?.run ?? null);
    log('');
    log(`Goals (previous run: ${previous?.file ?? 'none'}):`);
    log(goalTable(goals, previous?.file ?? null));
    log(
      `Load average (1, 5, 15 min) at the start ${fmtLoad(loadAverage.start!)}, at the end ${fmtLoad(out.loadAverage.end)}`,
    );
    Object.assign(out, { goals, previousRun: previous?.file ?? null });
    mkdirSync(dir, { recursive: true });
    // A run of chosen scenarios is named apart, so a later full run compares with the last full one.
    const kind = `${quick ? '-quick' : ''}${chosen ? '-partial' : ''}`;
    const file = path.join(dir, `${out.date.replace(/[:.]/g, '-')}-${scale}${kind}.json`);
    writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    log(`\nResults written to ${path.relative(ROOT, file)} (${out.seconds.toFixed(0)} s in all)`);
  } finally {
    await stopAll();
  }
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
