/** The benchmark's table, and the machine and versions it records beside the numbers. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './load.js';
import { SERVER_NAMES, SERVER_TITLES, type ServerName } from './servers.js';

export type ScenarioResults = Partial<Record<ServerName, LoadResult | null>>;

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

/** A plain-text table: one row per scenario and server, with ours/ceiling and ours/@neo4j/graphql. */
export function table(results: Record<string, ScenarioResults>, titles: Record<string, string>): string {
  const head = [
    'scenario',
    'server',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
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
        i === 0 ? fmt(ratio(byServer.ours, byServer.ceiling) ?? undefined, 2) : '',
        i === 0 ? fmt(ratio(byServer.ours, byServer.neo4jGraphql) ?? undefined, 2) : '',
      ]);
    });
  }
  const widths = head.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r, k) =>
      [
        r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
        k === 0 ? '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)) : null,
      ]
        .filter((x) => x !== null)
        .join('\n'),
    )
    .join('\n');
}

/** Merges rounds of the same scenario and server: summed requests and errors, mean rate and percentiles. */
export function mergeRounds(rounds: LoadResult[]): LoadResult {
  const mean = (f: (r: LoadResult) => number) => rounds.reduce((s, r) => s + f(r), 0) / rounds.length;
  return {
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    rps: mean((r) => r.rps),
    p50: mean((r) => r.p50),
    p95: mean((r) => r.p95),
    p99: mean((r) => r.p99),
  };
}
