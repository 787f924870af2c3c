/**
 * The service as a user starts it: it brings up its own Neo4j on a fresh data folder, seeds it,
 * answers, and leaves no JVM behind when stopped, or when it is killed outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../neo4j/embedded.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  // Whatever happened in a test, stop every service it started (and so its JVM).
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 200) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

async function startService(): Promise<{ child: ChildProcess; port: number; neo4jPid: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'resistkg-start-'));
  dirs.push(dataDir);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const neo4jPid = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${out}`)), 180_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"neo4jPid":(\d+).*resistkg listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`service exited with ${code}:\n${out}`)));
  });
  return { child, port, neo4jPid };
}

it('starts with the embedded Neo4j and the seed, and stops it on SIGTERM', { timeout: 240_000 }, async () => {
  const { child, port, neo4jPid } = await startService();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ gene(symbol: "p21") { symbol } }' }),
  });
  expect(await res.json()).toEqual({ data: { gene: { symbol: 'CDKN1A' } } });
  expect(alive(neo4jPid)).toBe(true);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  expect(await waitUntil(() => !alive(neo4jPid), 30_000)).toBe(true);
});

it('leaves no JVM behind when the service is killed with SIGKILL', { timeout: 240_000 }, async () => {
  const { child, neo4jPid } = await startService();
  child.kill('SIGKILL');
  expect(await waitUntil(() => !alive(neo4jPid), 30_000)).toBe(true);
});
