/** The HTTP surface: /graphql (POST and GET), /health, /graphiql from our own bundle, error codes. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase, listen } from '../support/db.js';
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
});
