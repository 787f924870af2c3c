/** Per-client rate limits, the CORS allow-list, /metrics and one JSON log line per request. */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { createApp, type App } from '../../server/app.js';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, testDatabase, listen } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

let db: Database;
let app: App;
let server: Server;
let base: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = testDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  app = await createApp({
    db,
    logger: pino({ level: 'info' }, sink),
    authSecret: TEST_SECRET,
    config: { production: true, maxPageSize: 100, rateLimitPerMinute: 5, corsOrigins: ['http://allowed.example'] },
  });
  ({ server, base } = await listen(app));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

const ask = (headers: Record<string, string> = {}, query = '{ gene(symbol: "CAV1") { id } }') =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, operationName: null }),
  });

/** /metrics, read with an ADMIN token (it may require one). */
const scrape = async () => {
  const admin = await signToken(TEST_SECRET, 'metrics-reader', 'ADMIN');
  return (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${admin}` } })).text();
};

it('limits each client separately and says RATE_LIMITED with Retry-After', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await ask()).status);
  expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
  const limited = await ask();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  expect((await jsonBody(limited)).errors[0].extensions.code).toBe('RATE_LIMITED');
  // Another client (a token) has its own budget.
  const token = await signToken(TEST_SECRET, 'other', 'CURATOR');
  expect((await ask({ authorization: `Bearer ${token}` })).status).toBe(200);
});

it('sends CORS headers to allowed origins only, hides introspection in production, serves metrics and logs', async () => {
  const token = await signToken(TEST_SECRET, 'cors', 'CURATOR');
  const allowed = await ask({ origin: 'http://allowed.example', authorization: `Bearer ${token}` });
  expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
  const other = await ask({ origin: 'http://evil.example', authorization: `Bearer ${token}` });
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const intro = await ask({ authorization: `Bearer ${token}` }, '{ __schema { types { name } } }');
  expect((await jsonBody(intro)).errors[0].extensions.code).toBe('BAD_USER_INPUT');

  const metrics = await scrape();
  expect(metrics).toMatch(/resistkg_graphql_requests_total\{operation="anonymous",outcome="ok"\} \d+/);
  expect(metrics).toMatch(/resistkg_graphql_request_duration_seconds_bucket/);
  expect(metrics).toMatch(/resistkg_neo4j_sessions_in_use \d+/);
  const requestLogs = logLines.filter((l) => l.msg === 'graphql request');
  expect(requestLogs.length).toBeGreaterThanOrEqual(5);
  expect(requestLogs[0]).toMatchObject({
    requestId: expect.any(String),
    operation: 'anonymous',
    outcome: 'ok',
    durationMs: expect.any(Number),
  });
});

it('counts a made-up, forged or malformed Authorization header against the address, not a fresh bucket', async () => {
  // The address's bucket was spent by the first test.
  expect((await ask()).status).toBe(429);
  const forged = await signToken('another-secret-of-more-than-32-characters!', 'mallory', 'EDITOR');
  for (const authorization of ['Bearer made-up-1', 'Bearer made-up-2', `Bearer ${forged}`, 'Basic xyz']) {
    const res = await ask({ authorization });
    expect(res.status).toBe(429);
    expect((await jsonBody(res)).errors[0].extensions.code).toBe('RATE_LIMITED');
  }
});

it('gives every token of one user the same bucket', async () => {
  const first = await signToken(TEST_SECRET, 'dave', 'CURATOR', '1d');
  const second = await signToken(TEST_SECRET, 'dave', 'CURATOR', '2d');
  expect(first).not.toBe(second);
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await ask({ authorization: `Bearer ${first}` })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  expect((await ask({ authorization: `Bearer ${second}` })).status).toBe(429);
});

it('refuses an oversized query text with QUERY_TOO_COMPLEX before parsing it', async () => {
  const token = await signToken(TEST_SECRET, 'big', 'CURATOR');
  const res = await ask({ authorization: `Bearer ${token}` }, `{ ${'id '.repeat(20_000)} }`);
  expect(res.status).toBe(400);
  const body = await jsonBody(res);
  expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  expect(body.errors[0].message).toMatch(/more than 10000 tokens/);
  const ok = await ask({ authorization: `Bearer ${token}` });
  expect(ok.status).toBe(200);
});

it('labels metrics only with root field names, anonymous or other, never a client-chosen name', async () => {
  const token = await signToken(TEST_SECRET, 'metrics', 'CURATOR');
  const named = (operationName: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query ${operationName} { gene(symbol: "CAV1") { id } }`, operationName }),
    });
  expect((await named('ClientChosenName123')).status).toBe(200);
  expect((await named('gene')).status).toBe(200);
  const metrics = await scrape();
  expect(metrics).not.toMatch(/ClientChosenName123/);
  expect(metrics).toMatch(/resistkg_graphql_requests_total\{operation="other",outcome="ok"\} 1/);
  expect(metrics).toMatch(/resistkg_graphql_requests_total\{operation="gene",outcome="ok"\} 1/);
  const log = logLines.find((l) => l.msg === 'graphql request' && l.operation === 'ClientChosenName123');
  expect(log).toBeDefined();
});
