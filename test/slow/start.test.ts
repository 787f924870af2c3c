/**
 * The service as a user starts it: it brings up its own Neo4j on a fresh data folder, seeds it,
 * answers on 127.0.0.1 only, signs tokens with a secret of its own (never one written anywhere in
 * the repository), leaves no JVM behind when stopped, killed outright, or unable to get its port.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../neo4j/embedded.js';
import { signToken } from '../../server/auth.js';
import { spawnService } from '../support/service.js';

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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh folder for one service: its data folder (and so its secret file) is `<root>/data`. */
function freshRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'resistkg-start-'));
  dirs.push(root);
  return root;
}

function serviceEnv(root: string, port: number, boltPort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: '',
    NEO4J_DATA_DIR: path.join(root, 'data'),
    NEO4J_BOLT_PORT: String(boltPort),
    LOG_LEVEL: 'info',
  };
  for (const key of ['AUTH_SECRET', 'AUTH_SECRET_FILE', 'HOST', 'NODE_ENV', 'METRICS_PUBLIC']) delete env[key];
  return env;
}

async function startService(
  root = freshRoot(),
): Promise<{ child: ChildProcess; port: number; neo4jPid: number; out: () => string }> {
  const port = await freePort();
  const { child, neo4jPid, out } = await spawnService(serviceEnv(root, port, await freePort()));
  children.push(child);
  return { child, port, neo4jPid: neo4jPid!, out };
}

/** Every string literal of 32+ characters naming a secret in the repository's own TypeScript. */
function repositoryStrings(): string[] {
  const found = new Set<string>(['resistkg-development-secret-do-not-use-in-production']);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (['node_modules', 'dist', '.git', 'target'].includes(name) || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts'))
        for (const m of readFileSync(full, 'utf8').matchAll(/'([^'\n\\]{32,200})'/g))
          if (/secret/i.test(m[1]!)) found.add(m[1]!);
    }
  };
  walk(ROOT);
  return [...found];
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

it(
  'listens on 127.0.0.1 only, and without AUTH_SECRET signs with a random secret of its own (0600, reused)',
  { timeout: 240_000 },
  async () => {
    const root = freshRoot();
    const { child, port, neo4jPid, out } = await startService(root);
    try {
      // Bound to loopback: the log says so, and no other address of this machine answers.
      expect(out()).toMatch(/"host":"127\.0\.0\.1".*resistkg listening on http:\/\/127\.0\.0\.1:/);
      const others = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && !a.internal && a.family === 'IPv4')
        .map((a) => a!.address);
      for (const address of others) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect({ host: address, port });
          socket.once('connect', () => (socket.destroy(), resolve(false)));
          socket.once('error', () => resolve(true));
        });
        expect(refused, `${address}:${port} answered`).toBe(true);
      }

      // The secret file: beside Neo4j's files, owner-only, 64 hex characters.
      const file = path.join(root, 'data', 'resistkg-auth-secret');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const secret = readFileSync(file, 'utf8').trim();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);

      // A token signed with any string written in the repository (the old development secret, the
      // tests' secrets) is refused; one from `npm run token` (the same file) is accepted.
      const submit = async (token: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation { reviewEvidence(id: "no-such", decision: ACCEPT, expectedVersion: 1) { id } }',
          }),
        });
        return ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;
      };
      const strings = repositoryStrings();
      expect(strings.length).toBeGreaterThan(3);
      const metricsWith = (token: string) =>
        fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      for (const known of strings) {
        const forged = await signToken(known, 'mallory', 'ADMIN');
        expect(await submit(forged), known).toBe('UNAUTHENTICATED');
        expect((await metricsWith(forged)).status, known).toBe(401);
      }

      const printed = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/token.ts', '--user', 'ops', '--role', 'ADMIN'],
        {
          cwd: ROOT,
          env: serviceEnv(root, 0, 1),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const token = printed.trim().split('\n').at(-1)!;
      expect(await submit(token)).not.toBe('UNAUTHENTICATED');
      expect(readFileSync(file, 'utf8').trim()).toBe(secret); // the token command reused it
      expect((await metricsWith(token)).status).toBe(200);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      expect(await waitUntil(() => !alive(neo4jPid), 30_000)).toBe(true);
    }
  },
);

it('exits with one clear line and stops its Neo4j when PORT is taken', { timeout: 240_000 }, async () => {
  const root = freshRoot();
  mkdirSync(path.join(root, 'data'));
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const port = (taken.address() as { port: number }).port;
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: serviceEnv(root, port, await freePort()),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code, stdout + stderr).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `resistkg: cannot listen on 127.0.0.1:${port}: the address is already in use (HOST, PORT)`,
    ]);
    expect(stdout).not.toMatch(/resistkg listening/);
    const neo4jPid = Number(/"neo4jPid":(\d+).*the embedded Neo4j is up/.exec(stdout)?.[1]);
    expect(neo4jPid, stdout).toBeGreaterThan(0);
    expect(await waitUntil(() => !alive(neo4jPid), 30_000)).toBe(true);
  } finally {
    taken.close();
  }
});
