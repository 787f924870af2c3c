/** The benchmark's table, and the machine and versions it records beside the numbers. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoalRow } from './goals.js';
import type { LoadResult } from './load.js';
import { SERVER_NAMES, SERVER_TITLES, type ServerName } from './servers.js';

export type ScenarioResults = Partial<Record<ServerName, LoadResult | null>>;
/** A scenario's open-loop run: its arrival rate and each server's result. */
export type OpenLoopResults = { rate: number } & Partial<Record<ServerName, LoadResult>>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function machine() {
  const pkg = (name: string) => {
    try {
      return (
        JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      return 'missing';
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j: '5.26.19 Community (embedded, Bolt)',
    versions: Object.fromEntries(
      ['@apollo/server', 'graphql', 'type-graphql', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((n) => [
        n,
        pkg(n),
      ]),
    ),
  };
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function ratio(a: LoadResult | null | undefined, b: LoadResult | null | undefined): number | null {
  if (!a || !b || b.rps === 0) return null;
  return Math.round((a.rps / b.rps) * 100) / 100;
}

/** One measurement on one line, for the log. */
export function summary(r: LoadResult): string {
  const cpu = Object.entries(r.cpuMsPerRequest)
    .map(([k, ms]) => `${k} ${fmt(ms, 2)}`)
    .join(', ');
  return `${fmt(r.rps, 1).padStart(8)} req/s  p50 ${fmt(r.p50, 1)}  p95 ${fmt(r.p95, 1)}  p99 ${fmt(r.p99, 1)} ms  errors ${r.errors}  inputs ${r.inputs.seen}/${r.inputs.of} at ${fmt(r.inputs.msPerInput, 1)} ms  CPU ms/req ${cpu}`;
}

/** Server and Neo4j CPU milliseconds per request, `12.3 + 4.5`. */
const cpuCell = (r: LoadResult) => `${fmt(r.cpuMsPerRequest.server, 1)} + ${fmt(r.cpuMsPerRequest.neo4j, 1)}`;

function render(rows: string[][], left: number): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r, k) =>
      [
        r.map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
        k === 0 ? '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)) : null,
      ]
        .filter((x) => x !== null)
        .join('\n'),
    )
    .join('\n');
}

/**
 * The closed-loop table: one row per scenario and server, with the inputs it answered and their
 * mean latency, CPU per request (server + Neo4j), ours/ceiling and ours/@neo4j/graphql.
 */
export function table(results: Record<string, ScenarioResults>, titles: Record<string, string>): string {
  const head = [
    'scenario',
    'server',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'inputs',
    'ms/input',
    'CPU ms/req',
    'ours/ceiling',
    'ours/@neo4j/graphql',
  ];
  const rows: string[][] = [head];
  for (const [scenario, byServer] of Object.entries(results)) {
    SERVER_NAMES.forEach((server, i) => {
      const r = byServer[server];
      rows.push([
        i === 0 ? (titles[scenario] ?? scenario) : '',
        SERVER_TITLES[server],
        r ? fmt(r.rps, 1) : 'n/a',
        r ? fmt(r.p50, 1) : '',
        r ? fmt(r.p95, 1) : '',
        r ? fmt(r.p99, 1) : '',
        r ? String(r.errors) : '',
        r ? `${r.inputs.seen}/${r.inputs.of}` : '',
        r ? fmt(r.inputs.msPerInput, 1) : '',
        r ? cpuCell(r) : '',
        i === 0 ? fmt(ratio(byServer.ours, byServer.ceiling) ?? undefined, 2) : '',
        i === 0 ? fmt(ratio(byServer.ours, byServer.neo4jGraphql) ?? undefined, 2) : '',
      ]);
    });
  }
  return render(rows, 2);
}

/** The open-loop table: per scenario its arrival rate, and per server p50 / p95 and CPU per request. */
export function openLoopTable(results: Record<string, OpenLoopResults>, titles: Record<string, string>): string {
  const head = ['scenario (open loop)', 'req/s sent', ...SERVER_NAMES.map((n) => `${SERVER_TITLES[n]} p50 / p95 ms`)];
  const rows: string[][] = [head];
  for (const [scenario, r] of Object.entries(results))
    rows.push([
      titles[scenario] ?? scenario,
      fmt(r.rate, 1),
      ...SERVER_NAMES.map((n) => {
        const x = r[n];
        return x ? `${fmt(x.p50, 1)} / ${fmt(x.p95, 1)}${x.errors ? ` (${x.errors} errors)` : ''}` : 'n/a';
      }),
    ]);
  return render(rows, 1);
}

/** One request at a time: per figure and server, req/s, p50 / p95 and CPU per request. */
export function concurrency1Table(
  results: Record<string, Partial<Record<ServerName, LoadResult>>>,
  titles: Record<string, string>,
): string {
  const rows: string[][] = [['c=1', 'server', 'req/s', 'p50 ms', 'p95 ms', 'errors', 'CPU ms/req']];
  for (const [key, byServer] of Object.entries(results))
    SERVER_NAMES.forEach((server) => {
      const r = byServer[server];
      if (!r) return;
      rows.push([
        server === 'ours' ? (titles[key] ?? key) : '',
        SERVER_TITLES[server],
        fmt(r.rps, 1),
        fmt(r.p50, 1),
        fmt(r.p95, 1),
        String(r.errors),
        cpuCell(r),
      ]);
    });
  return render(rows, 2);
}

/** Repeated reads answered by the response cache: latency at one connection against the goal (p95 < 20 ms). */
export function cachedTable(
  results: Record<string, LoadResult & { cache?: { hits: number; misses: number } }>,
  titles: Record<string, string>,
): string {
  const rows: string[][] = [
    ['scenario (cached, c=1)', 'req/s', 'p50 / p95 ms', 'cache hits / misses', 'goal p95 < 20 ms'],
  ];
  for (const [scenario, r] of Object.entries(results))
    rows.push([
      titles[scenario] ?? scenario,
      fmt(r.rps, 0),
      `${fmt(r.p50, 1)} / ${fmt(r.p95, 1)}${r.errors ? ` (${r.errors} errors)` : ''}`,
      r.cache ? `${r.cache.hits} / ${r.cache.misses}` : '–',
      r.p95 < 20 ? 'met' : 'missed',
    ]);
  return render(rows, 1);
}

/** The goals table: figure, goal, this run, the previous run, met or not. */
export function goalTable(rows: GoalRow[], previousFile: string | null): string {
  const head = ['goal (issues 15 and 16)', 'goal', 'measured', `previous run${previousFile ? '' : ' (none)'}`, 'met?'];
  const cell = (v: number | null) => (v === null ? '–' : fmt(v, Number.isInteger(v) ? 0 : v < 10 ? 2 : 1));
  return render(
    [
      head,
      ...rows.map((r) => [
        r.figure,
        r.goal,
        r.failed ? 'failed' : `${r.atLeast ? '> ' : ''}${cell(r.measured)}`,
        cell(r.previous),
        r.met === null ? '–' : r.met ? 'met' : 'MISSED',
      ]),
    ],
    2,
  );
}

/** Merges rounds of the same scenario and server: summed requests and errors, means of the rest. */
export function mergeRounds(rounds: LoadResult[]): LoadResult {
  const mean = (f: (r: LoadResult) => number) => rounds.reduce((s, r) => s + f(r), 0) / rounds.length;
  const cpu = Object.keys(rounds[0]!.cpuMsPerRequest);
  return {
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    rps: mean((r) => r.rps),
    p50: mean((r) => r.p50),
    p95: mean((r) => r.p95),
    p99: mean((r) => r.p99),
    inputs: {
      seen: Math.round(mean((r) => r.inputs.seen)),
      of: rounds[0]!.inputs.of,
      msPerInput: mean((r) => r.inputs.msPerInput),
    },
    cpuMsPerRequest: Object.fromEntries(cpu.map((k) => [k, mean((r) => r.cpuMsPerRequest[k]!)])),
  };
}
