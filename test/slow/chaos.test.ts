/**
 * Fault injection (npm run test:chaos): a write load of submitEvidence/reviewEvidence calls from
 * several clients; the Neo4j JVM is killed with SIGKILL in the middle and restarted on the same data
 * folder. Every acknowledged write must be there afterwards, nothing may be half-written, requests
 * during the outage must get DATABASE_UNAVAILABLE (no hang), /health must say 503, and the service
 * must recover by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { statementBelief, type WeighableEvidence } from '../../domain/belief.js';
import { Database } from '../../db/database.js';
import { migrate } from '../../db/migrations.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';
import { loadSeed } from '../../seed/load.js';
import { createApp, type App } from '../../server/app.js';
import { signToken } from '../../server/auth.js';
import { createLogger } from '../../server/logger.js';
import { TEST_SECRET, listen } from '../support/db.js';

const TOTAL_CALLS = 1000;
const CLIENTS = 6;
const STATEMENTS = [
  'RESISTKG:stmt-P16',
  'RESISTKG:stmt-P17',
  'RESISTKG:stmt-P20',
  'RESISTKG:stmt-P21',
  'RESISTKG:stmt-P22',
];

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let db: Database;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'resistkg-chaos-'));
  port = await freePort();
  neo4j = await startEmbeddedNeo4j({ port, dataDir, heapMb: 768, pageCacheMb: 64 });
  db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, timeoutMs: 10_000 });
  await migrate(db);
  await loadSeed(db);
  app = await createApp({
    db,
    logger: createLogger('silent'),
    authSecret: TEST_SECRET,
    config: { production: false, maxPageSize: 100, rateLimitPerMinute: 0 },
  });
  ({ server, base } = await listen(app));
}, 240_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.apollo.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000), // a hang fails the request instead of the whole run
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id status version } }`;
const REVIEW = `mutation($id: ID!) { reviewEvidence(id: $id, expectedVersion: 1, decision: ACCEPT) { id status version } }`;

it(
  'keeps every acknowledged write through a kill -9 of Neo4j, and recovers by itself',
  { timeout: 600_000 },
  async () => {
    const curators = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => signToken(TEST_SECRET, `chaos-curator-${i}`, 'CURATOR')),
    );
    const editor = await signToken(TEST_SECRET, 'chaos-editor', 'EDITOR');
    const acknowledged = new Map<string, { status: string; version: number }>();
    const outageCodes: string[] = [];
    const otherCodes: string[] = [];
    let calls = 0;
    let phase: 'before' | 'outage' | 'after' = 'before';
    let health503 = false;

    const client = async (i: number) => {
      let n = 0;
      while (calls < TOTAL_CALLS) {
        calls += 2;
        n++;
        const sub = await call(
          SUBMIT,
          {
            input: {
              statementId: STATEMENTS[n % STATEMENTS.length],
              source: { pmid: '40715090' },
              sentence: `Chaos evidence ${i}-${n} written under load.`,
              level: 'D',
              modelSystem: 'CELL_LINE',
              direction: 'SUPPORTS',
              rating: 2,
              idempotencyKey: `chaos-${i}-${n}`,
            },
          },
          curators[i]!,
        ).catch(
          (e: Error) =>
            ({ errors: [{ extensions: { code: `FETCH:${e.name}` } }] }) as {
              data?: any;
              errors?: { extensions?: { code?: string } }[];
            },
        );
        const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) =>
          r.errors?.[0]?.extensions?.code ?? 'none';
        if (sub.errors) {
          (phase === 'outage' ? outageCodes : otherCodes).push(codeOf(sub));
          continue;
        }
        const ev = sub.data.submitEvidence;
        acknowledged.set(ev.id, { status: ev.status, version: ev.version });
        const rev = await call(REVIEW, { id: ev.id }, editor).catch(
          (e: Error) =>
            ({ errors: [{ extensions: { code: `FETCH:${e.name}` } }] }) as {
              data?: any;
              errors?: { extensions?: { code?: string } }[];
            },
        );
        if (rev.errors) (phase === 'outage' ? outageCodes : otherCodes).push(codeOf(rev));
        else
          acknowledged.set(ev.id, { status: rev.data.reviewEvidence.status, version: rev.data.reviewEvidence.version });
      }
    };

    const chaos = async () => {
      while (calls < TOTAL_CALLS * 0.3) await new Promise((r) => setTimeout(r, 50));
      phase = 'outage';
      process.kill(neo4j.pid, 'SIGKILL');
      await neo4j.exited;
      // Keep the outage long enough for clients to notice, and check health meanwhile.
      for (let k = 0; k < 10; k++) {
        const h = await fetch(`${base}/health`, { signal: AbortSignal.timeout(30_000) });
        if (h.status === 503) health503 = true;
        await new Promise((r) => setTimeout(r, 300));
      }
      neo4j = await startEmbeddedNeo4j({ port, dataDir, heapMb: 768, pageCacheMb: 64 });
      phase = 'after';
    };

    await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i)), chaos()]);

    expect(phase).toBe('after');
    expect(health503).toBe(true);
    expect(outageCodes.length).toBeGreaterThan(0);
    expect(outageCodes.every((c) => c === 'DATABASE_UNAVAILABLE')).toBe(true);
    // Errors outside the outage are only the races the outage leaves behind (a retried write that did
    // commit before the kill is a CONFLICT on review), never hangs or INTERNAL.
    expect(otherCodes.filter((c) => !['DATABASE_UNAVAILABLE', 'CONFLICT'].includes(c))).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(100);

    // Recovered by itself: the same app answers again.
    const after = await (await fetch(`${base}/health`)).json();
    expect(after).toMatchObject({ status: 'ok' });

    // Every acknowledged write is there, at least at the state it was acknowledged in.
    const rows = await db.read(
      'UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e.id AS id, e.status AS status, e.version AS version',
      { ids: [...acknowledged.keys()] },
    );
    const found = new Map(rows.map((r) => [r.id as string, r]));
    for (const [id, ack] of acknowledged) {
      const row = found.get(id);
      expect(row, `acknowledged ${id} is missing`).toBeDefined();
      expect(row!.version as number).toBeGreaterThanOrEqual(ack.version);
      if (ack.status === 'ACCEPTED') expect(row!.status).toBe('ACCEPTED');
    }

    // Nothing half-written: every evidence has its statement edge, its source and its audit trail,
    // and every statement's stored belief is what its accepted evidence gives.
    const broken = await db.read(`
    MATCH (e:Evidence) WHERE e.curator STARTS WITH 'chaos-'
    WITH e, COUNT { (e)-[:SUPPORTS|REFUTES]->(:Statement) } AS st, COUNT { (e)-[:CITES]->(:Publication) } AS src,
         COUNT { (:AuditEvent {action: 'SUBMIT'})-[:ABOUT]->(e) } AS submitted,
         COUNT { (:AuditEvent {action: 'ACCEPT'})-[:ABOUT]->(e) } AS accepted
    WHERE st <> 1 OR src <> 1 OR submitted <> 1 OR (e.status = 'ACCEPTED') <> (accepted = 1)
    RETURN e.id AS id, st, src, submitted, accepted`);
    expect(broken).toEqual([]);
    for (const id of STATEMENTS) {
      const [s] = await db.read(
        `MATCH (s:Statement {id: $id}) OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
       RETURN s.belief AS belief, collect(e { .level, .modelSystem, .rating, .direction, .status }) AS evidence`,
        { id },
      );
      expect(s!.belief).toBeCloseTo(statementBelief(s!.evidence as WeighableEvidence[]), 9);
    }
  },
);
