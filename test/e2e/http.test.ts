/**
 * The HTTP surface: /graphql (POST and GET), /health, /graphiql from our own bundle, error codes,
 * the security headers on every response, and /metrics closed to all but ADMIN by default.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { createApp, type App } from '../../server/app.js';
import { signToken } from '../../server/auth.js';
import { createLogger } from '../../server/logger.js';
import { TEST_SECRET, testApp, testDatabase, listen } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

let db: Database;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  ({ server, base } = await listen(app));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP', () => {
  it('answers POST /graphql', async () => {
    const res = await post({ query: '{ gene(symbol: "CAV1") { id symbol } }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { gene: { id: 'HGNC:1527', symbol: 'CAV1' } } });
  });

  it('answers GET /graphql for queries with a preflight header, and refuses a simple cross-site GET', async () => {
    const q = encodeURIComponent('{ drug(name: "BGB324") { name } }');
    const ok = await fetch(`${base}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { drug: { name: 'bemcentinib' } } });
    const csrf = await fetch(`${base}/graphql?query=${q}`);
    expect(csrf.status).toBe(400);
  });

  it('gives syntax errors and unknown fields BAD_USER_INPUT, never a stack trace', async () => {
    for (const query of [
      '{ gene(symbol: "CAV1") { id ',
      '{ gene(symbol: "CAV1") { nope } }',
      '{ gene(symbol: 5) { id } }',
    ]) {
      const res = await post({ query });
      const body = await jsonBody(res);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
    const vars = await post({
      query: 'query($n: Int) { drug(name: "sorafenib") { targets(first: $n) { totalCount } } }',
      variables: { n: 'ten' },
    });
    expect((await jsonBody(vars)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports health as JSON', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('serves GraphiQL from its own bundle, with no address outside the machine', async () => {
    const html = await (await fetch(`${base}/graphiql`)).text();
    expect(html).toContain('/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await fetch(`${base}/assets/graphiql.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(100_000);
  });

  it('forbids framing and MIME sniffing on every response, and gives the pages a same-origin CSP', async () => {
    const responses = await Promise.all([
      post({ query: '{ __typename }' }),
      post({ query: '{ nope ' }),
      fetch(`${base}/graphql?query=%7B__typename%7D`),
      fetch(`${base}/health`),
      fetch(`${base}/metrics`),
      fetch(`${base}/graphiql`),
      fetch(`${base}/`),
      fetch(`${base}/assets/graphiql.js`),
      fetch(`${base}/no/such/page`),
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' }),
    ]);
    for (const res of responses) {
      const where = `${res.url} ${res.status}`;
      expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), where).toBe('DENY');
      expect(res.headers.get('content-security-policy'), where).toMatch(/frame-ancestors 'none'|default-src 'none'/);
      await res.arrayBuffer();
    }
    for (const page of ['/', '/graphiql']) {
      const csp = (await fetch(`${base}${page}`)).headers.get('content-security-policy')!;
      const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives['default-src'], page).toEqual(["'self'"]);
      expect(directives['script-src'], page).toEqual(["'self'"]);
      expect(directives['frame-ancestors'], page).toEqual(["'none'"]);
      expect(csp, page).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
    const api = (await post({ query: '{ __typename }' })).headers.get('content-security-policy');
    expect(api).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('serves /metrics only to an ADMIN token by default', async () => {
    const anonymous = await fetch(`${base}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/graphql_|process_/);
    const metricsWith = (token: string) => fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect((await metricsWith('not-a-token')).status).toBe(401);
    expect((await metricsWith(await signToken('some-other-secret-0123456789abcdef', 'x', 'ADMIN'))).status).toBe(401);
    expect((await metricsWith(await signToken(TEST_SECRET, 'ed', 'EDITOR'))).status).toBe(403);
    const admin = await metricsWith(await signToken(TEST_SECRET, 'ops', 'ADMIN'));
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('process_cpu');
  });

  it('serves /metrics to anyone with METRICS_PUBLIC=true', async () => {
    const open = await createApp({
      db,
      logger: createLogger('silent'),
      authSecret: TEST_SECRET,
      config: { production: false, rateLimitPerMinute: 0, metricsPublic: true },
    });
    const { server: s, base: b } = await listen(open);
    try {
      const res = await fetch(`${b}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('process_cpu');
    } finally {
      await new Promise((r) => s.close(r));
      await open.apollo.stop();
    }
  });
});
