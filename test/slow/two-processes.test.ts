/**
 * Two API processes: two real services (`server/main.ts`, as `npm start` runs it) on the one test
 * Neo4j, each with its own response cache, bookmarks and change feed. A subscriber on one hears
 * about writes made through the other, and a cached read on one never outlives a write through
 * the other.
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

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version } }`;
const submitInput = (sentence: string) => ({
  input: {
    statementId: STATEMENT,
    source: { pmid: '40715090' },
    sentence,
    level: 'B',
    modelSystem: 'CELL_LINE',
    direction: 'SUPPORTS',
    rating: 4,
  },
});
const ACCEPT = `mutation($id: ID!, $v: Int!) { reviewEvidence(id: $id, expectedVersion: $v, decision: ACCEPT) { status } }`;

/** An anonymous GET, as a browser or CDN sends it: cacheable by the response cache. */
async function readStatement(base: string, headers: Record<string, string> = {}) {
  const query = encodeURIComponent(`{ statement(id: "${STATEMENT}") { belief evidenceCount } }`);
  const res = await fetch(`${base}/graphql?query=${query}`, {
    headers: { 'apollo-require-preflight': '1', ...headers },
  });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: res.status === 200 ? ((await res.json()) as any) : null,
  };
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
    SUBMIT,
    submitInput('Two-process subscription test: CAV1 raises AXL in sorafenib-resistant cells.'),
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

  await call(writer, ACCEPT, { id: submitEvidence.id, v: submitEvidence.version }, editor);
  await vi.waitFor(() => expect(paths).toHaveLength(1), { timeout: 20_000, interval: 100 });
  expect(paths[0].data.resistancePathsChanged.length).toBeGreaterThan(0);
});

it('a cached read on one process is never served after a write acknowledged by the other', async () => {
  const before = await readStatement(listener);
  const again = await readStatement(listener, { 'if-none-match': before.etag!, 'cache-control': 'max-age=0' });
  expect(again.status).toBe(304); // cached on the listener

  const { submitEvidence } = await call(
    writer,
    SUBMIT,
    submitInput('Two-process cache test: CAV1 raises AXL.'),
    curator,
  );
  const accepted = await fetch(`${writer}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({ query: ACCEPT, variables: { id: submitEvidence.id, v: submitEvidence.version } }),
  });
  const bookmark = accepted.headers.get('resistkg-bookmark');
  expect(bookmark).toBeTruthy();

  // The very next read through the other process, carrying the write's bookmark.
  const after = await readStatement(listener, { 'resistkg-bookmark': bookmark! });
  expect(after.status).toBe(200);
  expect(after.etag).not.toBe(before.etag);
  expect(after.body.data.statement.evidenceCount).toBe(before.body.data.statement.evidenceCount + 1);
  expect(after.body.data.statement.belief).toBeGreaterThan(before.body.data.statement.belief);
});
