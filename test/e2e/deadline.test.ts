/**
 * One deadline per request, shared by its transactions, and cancellation when the client goes
 * away. The slow case is made deterministic with a lock: the test holds a write lock on a statement
 * of its own, so a submission to that statement waits in Neo4j until the lock is released, the
 * request's deadline ends it, or the request is cancelled. Generous guards bound every wait; no
 * assertion is about how fast anything is.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { Deadline } from '../../domain/deadline.js';
import { signToken } from '../../server/auth.js';
import { createApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { TEST_SECRET, listen, testDatabase } from '../support/db.js';

const GENE = 'HGNC:99911';
const DRUG = 'CHEMBL.COMPOUND:CHEMBL9990011';
const GUARD_MS = 25_000;
/** The lock outlives every guard, so a wait that ends early was ended by the deadline or the cancellation. */
const LOCK_MS = 60_000;

let db: Database;
let app: App;
let server: Server;
let base: string;
let curator: string;
let statementId: string;

const CURATOR = { id: 'dora', role: 'CURATOR' as const };
const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id statement { id } } }`;
const submission = (sentence: string, target: Record<string, unknown> = { statementId }) => ({
  input: {
    ...target,
    source: { pmid: '40715090' },
    sentence,
    level: 'D',
    modelSystem: 'CELL_LINE',
    direction: 'SUPPORTS',
    rating: 3,
  },
});

async function run(query: string, variables: Record<string, unknown>, deadline?: Deadline) {
  const token = { id: randomUUID(), issuedAt: new Date(0), expiresAt: new Date(8.64e15) };
  const contextValue = app.context(undefined, { user: CURATOR, token, error: null }, deadline);
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return { ...res.body.singleResult, queries: contextValue.counter.queries } as any;
}

/** Holds a write lock on the test's statement until `release` is called. */
function holdLock(): { locked: Promise<void>; release(): void; done: Promise<void> } {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const timer = setTimeout(() => release(), LOCK_MS);
  const done = db
    .writeTx(
      async (tx) => {
        await tx.run('MATCH (s:Statement {id: $id}) SET s.lockProbe = true', { id: statementId });
        locked();
        await released;
        throw new Error('roll back'); // nothing of the holder is kept
      },
      { timeoutMs: LOCK_MS + 30_000 },
    )
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
  return { locked: isLocked, release, done };
}

async function evidenceWith(sentence: string): Promise<number> {
  const rows = await db.read('MATCH (e:Evidence {sentence: $sentence}) RETURN count(e) AS n', { sentence });
  return rows[0]!.n as number;
}

async function waitingTransactions(requestId: string): Promise<number> {
  const rows = await db.read(
    'SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = $requestId RETURN count(*) AS n',
    { requestId },
  );
  return rows[0]!.n as number;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < GUARD_MS / 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting: ${what}`);
}

beforeAll(async () => {
  db = testDatabase();
  app = await createApp({
    db,
    logger: createLogger('silent'),
    authSecret: TEST_SECRET,
    // Each transaction may take a minute: only the request's deadline or its cancellation can end it early.
    config: { production: false, rateLimitPerMinute: 0, requestTimeoutMs: 60_000 },
  });
  ({ server, base } = await listen(app));
  curator = await signToken(TEST_SECRET, CURATOR.id, CURATOR.role);
  await run(ADD, { input: { kind: 'GENE', id: GENE, name: 'deadline test gene', symbol: 'DLNX1' } });
  await run(ADD, { input: { kind: 'DRUG', id: DRUG, name: 'deadlinetestinib' } });
  const first = await run(
    SUBMIT,
    submission(`Deadline test statement ${randomUUID()}`, {
      statement: { subject: GENE, predicate: 'CONFERS_RESISTANCE_TO', object: DRUG, sign: 1 },
    }),
  );
  expect(first.errors).toBeUndefined();
  statementId = first.data.submitEvidence.statement.id;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.apollo.stop();
  await db?.close();
});

describe('the request deadline', () => {
  it('refuses to start a transaction once the request has used its time, writing nothing', async () => {
    const spent = new Deadline(0);
    const read = await run(`{ drug(name: "sorafenib") { id } }`, {}, spent);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', requestTimeoutMs: 0 });
    expect(read.queries).toBe(0);
    const sentence = `Deadline test: never written ${randomUUID()}`;
    const write = await run(SUBMIT, submission(sentence), new Deadline(0));
    expect(write.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(await evidenceWith(sentence)).toBe(0);
  });

  it('caps every transaction at what the request has left', async () => {
    const lock = holdLock();
    await lock.locked;
    const sentence = `Deadline test: waits for a lock ${randomUUID()}`;
    // The transaction timeout is a minute; the request has two seconds, so Neo4j ends the wait.
    const answer = await run(SUBMIT, submission(sentence), new Deadline(2000));
    lock.release();
    await lock.done;
    expect(answer.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(await evidenceWith(sentence)).toBe(0);
  });
});

describe('a client that goes away', () => {
  it('has its queries stopped in Neo4j, and nothing it asked for is written', async () => {
    const lock = holdLock();
    await lock.locked;
    const requestId = `deadline-test-${randomUUID()}`;
    const sentence = `Deadline test: client leaves ${randomUUID()}`;
    const client = new AbortController();
    const pending = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${curator}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: SUBMIT, variables: submission(sentence) }),
      signal: client.signal,
    }).catch((err: Error) => err);
    await until(async () => (await waitingTransactions(requestId)) > 0, 'the submission to wait on the lock');
    client.abort();
    expect(await pending).toBeInstanceOf(Error);
    // The lock is still held: only the cancellation can end the waiting transaction now.
    await until(async () => (await waitingTransactions(requestId)) === 0, 'the cancelled transaction to end');
    lock.release();
    await lock.done;
    expect(await evidenceWith(sentence)).toBe(0);
  });
});
