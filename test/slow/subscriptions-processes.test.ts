/**
 * Subscriptions across two API processes: two real services (`server/main.ts`, as `npm start`
 * runs it) on the one test Neo4j. A subscriber on one process hears about writes made through
 * the other, because each process reads the change feed from the database.
 */
import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import WebSocket from 'ws';
import { freePort } from '../../neo4j/embedded.js';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET } from '../support/db.js';
import { spawnService } from '../support/service.js';

const children: ChildProcess[] = [];
const clients: Client[] = [];
let writer: string;
let listener: string;
let curator: string;
let editor: string;

async function start(): Promise<string> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: inject('neo4jPassword'),
    AUTH_SECRET: TEST_SECRET,
    LIVE_POLL_MS: '100',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'info',
  };
  for (const key of ['AUTH_SECRET_FILE', 'NEO4J_PASSWORD_FILE', 'HOST', 'NODE_ENV']) delete env[key];
  const { child } = await spawnService(env);
  children.push(child);
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  [writer, listener] = await Promise.all([start(), start()]);
  curator = await signToken(TEST_SECRET, 'cora', 'CURATOR');
  editor = await signToken(TEST_SECRET, 'eddie', 'EDITOR');
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
});

/** Subscribes on `base` and collects every message. */
function watch(base: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const c = createClient({
    url: base.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(c);
  const received: any[] = [];
  c.subscribe(
    { query, variables },
    {
      next: (m) => received.push(m),
      error: (e) => received.push({ errors: Array.isArray(e) ? e : [e] }),
      complete: () => undefined,
    },
  );
  return received;
}

async function call(base: string, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  return body.data;
}

const STATEMENT = 'RESISTKG:stmt-P16'; // CAV1 → AXL, on sorafenib's resistance paths

it('a subscriber on one process hears about writes made through another', async () => {
  const evidence = watch(
    listener,
    curator,
    `subscription($s: ID) { evidenceChanged(statement: $s) { action about } }`,
    {
      s: STATEMENT,
    },
  );
  const queue = watch(listener, editor, `subscription { reviewQueueChanged { action actor } }`);
  const paths = watch(
    listener,
    curator,
    `subscription { resistancePathsChanged(drug: "sorafenib", first: 5) { score } }`,
  );
  await new Promise((r) => setTimeout(r, 1_000)); // subscribed, and the feed has read its start

  const { submitEvidence } = await call(
    writer,
    `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version } }`,
    {
      input: {
        statementId: STATEMENT,
        source: { pmid: '40715090' },
        sentence: 'Two-process subscription test: CAV1 raises AXL in sorafenib-resistant cells.',
        level: 'B',
        modelSystem: 'CELL_LINE',
        direction: 'SUPPORTS',
        rating: 4,
      },
    },
    curator,
  );
  await vi.waitFor(() => expect(evidence).toHaveLength(1), { timeout: 20_000, interval: 100 });
  expect(evidence[0].data.evidenceChanged.action).toBe('SUBMIT');
  expect(evidence[0].data.evidenceChanged.about).toContain(submitEvidence.id);
  await vi.waitFor(
    () => expect(queue).toEqual([{ data: { reviewQueueChanged: { action: 'SUBMIT', actor: 'cora' } } }]),
    {
      timeout: 20_000,
      interval: 100,
    },
  );
  expect(paths).toEqual([]); // pending evidence changes no belief

  await call(
    writer,
    `mutation($id: ID!, $v: Int!) { reviewEvidence(id: $id, expectedVersion: $v, decision: ACCEPT) { status } }`,
    { id: submitEvidence.id, v: submitEvidence.version },
    editor,
  );
  await vi.waitFor(() => expect(paths).toHaveLength(1), { timeout: 20_000, interval: 100 });
  expect(paths[0].data.resistancePathsChanged.length).toBeGreaterThan(0);
});
