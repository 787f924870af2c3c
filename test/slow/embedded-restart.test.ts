/**
 * The service as a user starts it, when its embedded Neo4j dies: the JVM is killed with SIGKILL
 * under a write load; the service restarts it by itself on the same port, data folder and password,
 * answers only successes or DATABASE_UNAVAILABLE (HTTP 503) meanwhile, and loses no acknowledged
 * write (checked with the password file's password, which the restart reused). When restarts in a
 * row fail it gives up after NEO4J_RESTART_ATTEMPTS with one clear line and exit code 1.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { freePort } from '../../neo4j/embedded.js';
import { signToken } from '../../server/auth.js';
import { spawnService } from '../support/service.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Service {
  child: ChildProcess;
  base: string;
  boltPort: number;
  dataDir: string;
  neo4jPid: number;
  out: () => string;
  exited: Promise<number | null>;
}

async function startService(extraEnv: Record<string, string> = {}): Promise<Service> {
  const root = mkdtempSync(path.join(tmpdir(), 'resistkg-restart-'));
  dirs.push(root);
  const port = await freePort();
  const boltPort = await freePort();
  const dataDir = path.join(root, 'data');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_PAGECACHE_MB: '64',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '0',
    ...extraEnv,
  };
  for (const key of ['AUTH_SECRET', 'AUTH_SECRET_FILE', 'NEO4J_PASSWORD_FILE', 'HOST', 'NODE_ENV']) delete env[key];
  const { child, neo4jPid, out, exited } = await spawnService(env);
  children.push(child);
  return { child, base: `http://127.0.0.1:${port}`, boltPort, dataDir, neo4jPid: neo4jPid!, out, exited };
}

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id status version } }`;

it(
  'restarts a killed Neo4j by itself, meanwhile only DATABASE_UNAVAILABLE (503), no acknowledged write lost; gives up after NEO4J_RESTART_ATTEMPTS in a row',
  { timeout: 900_000 },
  async () => {
    // Two attempts: the first restart succeeds; the second death (port taken) exhausts them.
    const s = await startService({ NEO4J_RESTART_ATTEMPTS: '2' });
    const passwordFile = path.join(s.dataDir, 'resistkg-neo4j-password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password).toMatch(/^[0-9a-f]{64}$/);
    const secret = readFileSync(path.join(s.dataDir, 'resistkg-auth-secret'), 'utf8').trim();
    const token = await signToken(secret, 'restart-curator', 'CURATOR');

    const acknowledged = new Set<string>();
    const failures: { status: number; code: string }[] = [];
    let phase: 'before' | 'outage' | 'after' = 'before';
    let afterOk = 0;
    let health503 = false;
    let n = 0;
    const submit = async () => {
      n++;
      const res = await fetch(`${s.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: SUBMIT,
          variables: {
            input: {
              statementId: 'RESISTKG:stmt-P16',
              source: { pmid: '40715090' },
              sentence: `Restart evidence ${n} written while Neo4j dies.`,
              level: 'D',
              modelSystem: 'CELL_LINE',
              direction: 'SUPPORTS',
              rating: 2,
              idempotencyKey: `restart-${n}`,
            },
          },
        }),
        signal: AbortSignal.timeout(60_000), // a hang fails the test instead of stalling it
      });
      const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
      if (body.errors) failures.push({ status: res.status, code: body.errors[0]?.extensions?.code ?? 'none' });
      else {
        acknowledged.add(body.data.submitEvidence.id);
        if (phase === 'after') afterOk++;
      }
    };

    const writer = async () => {
      while (afterOk < 20) {
        await submit();
        if (phase === 'outage') await sleep(100);
      }
    };
    const chaos = async () => {
      while (acknowledged.size < 20) await sleep(50);
      phase = 'outage';
      process.kill(s.neo4jPid, 'SIGKILL');
      const up = /"neo4jPid":(\d+).*the embedded Neo4j is up again/;
      for (let waited = 0; !up.test(s.out()); waited += 250) {
        if (waited > 300_000) throw new Error(`Neo4j did not come back:\n${s.out()}`);
        const h = await fetch(`${s.base}/health`, { signal: AbortSignal.timeout(30_000) });
        if (h.status === 503) health503 = true;
        await sleep(250);
      }
      phase = 'after';
      return Number(up.exec(s.out())![1]);
    };
    const [, newPid] = await Promise.all([writer(), chaos()]);

    // It said what it did, came back as a new JVM, and the old one is gone.
    expect(s.out()).toMatch(/the embedded Neo4j exited/);
    expect(s.out()).toMatch(/"attempt":1,"of":2,"delayMs":1000.*restarting the embedded Neo4j/);
    expect(newPid).not.toBe(s.neo4jPid);
    expect(alive(newPid)).toBe(true);
    expect(alive(s.neo4jPid)).toBe(false);
    expect(health503).toBe(true);
    expect(await (await fetch(`${s.base}/health`)).json()).toMatchObject({ status: 'ok' });

    // Meanwhile: only DATABASE_UNAVAILABLE, as HTTP 503; never INTERNAL, never a hang.
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((f) => f.code !== 'DATABASE_UNAVAILABLE' || f.status !== 503)).toEqual([]);

    // Every acknowledged write is there; the password file was reused (the same password opens it).
    expect(readFileSync(passwordFile, 'utf8').trim()).toBe(password);
    const db = new Database({ uri: `bolt://127.0.0.1:${s.boltPort}`, user: 'neo4j', password });
    try {
      const rows = await db.read('UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e.id AS id', {
        ids: [...acknowledged],
      });
      expect(new Set(rows.map((r) => r.id))).toEqual(acknowledged);
    } finally {
      await db.close();
    }

    // It dies again soon, and its port is taken, so that the restart fails: the attempts in a row
    // are used up, and the service says so in one line and exits 1.
    process.kill(newPid, 'SIGKILL');
    for (let waited = 0; alive(newPid) && waited < 30_000; waited += 100) await sleep(100);
    const squatter = createServer();
    await new Promise<void>((resolve, reject) => {
      squatter.once('error', reject);
      squatter.listen(s.boltPort, '127.0.0.1', resolve);
    });
    try {
      const code = await s.exited;
      expect(code, s.out()).toBe(1);
      expect(s.out()).toMatch(/"attempt":2,"of":2.*restarting the embedded Neo4j/);
      expect(s.out().match(/the embedded Neo4j did not restart/g)).toHaveLength(1);
      expect(s.out()).toContain(
        'resistkg: the embedded Neo4j died and did not restart after 2 attempts (NEO4J_RESTART_ATTEMPTS); stopping\n',
      );
    } finally {
      squatter.close();
    }
  },
);
