/**
 * GraphQL over HTTP conformance: graphql-http's audit suite against the real app, and the parts of
 * the spec it relies on (status codes by Accept header) next to what must not change for it: Apollo's
 * CSRF protection and the query size guard in front of GET.
 */
import type { Server } from 'node:http';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import type { App } from '../../server/app.js';
import { listen, testApp, testDatabase } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

let db: Database;
let app: App;
let server: Server;
let url: string;

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  const { server: s, base } = await listen(app);
  server = s;
  url = `${base}/graphql`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

/** Runs every audit (one at a time: they share one server), with extra headers on every request. */
async function audit(extraHeaders: Record<string, string> = {}): Promise<AuditResult[]> {
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(extraHeaders)) headers.set(k, v);
    return fetch(input, { ...init, headers });
  };
  const results: AuditResult[] = [];
  for (const a of serverAudits({ url, fetchFn })) results.push(await a.fn());
  return results;
}

const failed = (results: AuditResult[]) =>
  results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);

/** The GETs Apollo's CSRF protection refuses: they carry only an Accept header (no preflight). */
const CSRF_REFUSED_GETS = ['5A70', 'D6D5', '6A70'];

describe('graphql-http audit', () => {
  it('passes every MUST and 45 of 48 SHOULD/MAY; the 3 left are GETs refused by CSRF protection', async () => {
    const results = await audit();
    const must = results.filter((r) => r.name.startsWith('MUST'));
    const rest = results.filter((r) => !r.name.startsWith('MUST'));
    expect(failed(must)).toEqual([]);
    expect(rest).toHaveLength(48);
    expect(rest.filter((r) => r.status === 'ok').length).toBe(45);
    const left = results.flatMap((r) => (r.status === 'ok' ? [] : [r]));
    expect(left.map((r) => r.id).sort()).toEqual([...CSRF_REFUSED_GETS].sort());
    for (const r of left) {
      expect(r.response.status).toBe(400);
      expect(await r.response.text()).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('passes all 61 audits for a client that sends apollo-require-preflight, as non-browser clients do', async () => {
    expect(failed(await audit({ 'apollo-require-preflight': 'true' }))).toEqual([]);
  });
});

const post = (body: unknown, accept?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });

describe('status codes of request errors', () => {
  const failures = {
    parse: { query: '{ gene(symbol: "CAV1") { id ' },
    validation: { query: '{ gene(symbol: "CAV1") { nope } }' },
    'variable coercion': {
      query: 'query($n: Int) { drug(name: "sorafenib") { targets(first: $n) { totalCount } } }',
      variables: { n: 'ten' },
    },
    'unknown operation name': { query: 'query A { stats { nodeCount } }', operationName: 'B' },
  };

  for (const [what, body] of Object.entries(failures)) {
    it(`answers a ${what} failure 200 in application/json, 400 in application/graphql-response+json`, async () => {
      for (const accept of [undefined, 'application/json', '*/*']) {
        const res = await post(body, accept);
        expect(res.status, `Accept: ${accept}`).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        const json = await jsonBody(res);
        expect(json.data).toBeUndefined();
        expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      const strict = await post(body, 'application/graphql-response+json');
      expect(strict.status).toBe(400);
      expect(strict.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect((await jsonBody(strict)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  }

  it('answers the same by GET, which takes URL-encoded variables', async () => {
    const params = new URLSearchParams({
      query: 'query($n: Int) { drug(name: "sorafenib") { targets(first: $n) { totalCount } } }',
      variables: JSON.stringify({ n: 'ten' }),
    });
    const get = (accept: string) =>
      fetch(`${url}?${params}`, { headers: { accept, 'apollo-require-preflight': 'true' } });
    expect((await get('application/json')).status).toBe(200);
    expect((await get('application/graphql-response+json')).status).toBe(400);
    params.set('variables', JSON.stringify({ n: 2 }));
    const ok = await get('application/json');
    expect(ok.status).toBe(200);
    expect((await jsonBody(ok)).data.drug.targets.totalCount).toBeGreaterThan(0);
  });

  it('keeps 4xx for malformed requests and for limits, whatever the Accept header', async () => {
    expect((await post({ variables: {} }, 'application/json')).status).toBe(400);
    expect((await post({ query: '{ stats { nodeCount } }', variables: '{}' }, 'application/json')).status).toBe(400);
    const mutation = new URLSearchParams({ query: 'mutation { __typename }' });
    const get = await fetch(`${url}?${mutation}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    const roots = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`;
    const tooMany = await post({ query: roots }, 'application/json');
    expect(tooMany.status).toBe(400);
    expect((await jsonBody(tooMany)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('what the audit must not loosen', () => {
  it("keeps Apollo's CSRF protection: a simple GET or a text/plain POST is refused", async () => {
    const query = new URLSearchParams({ query: '{ stats { nodeCount } }' });
    const get = await fetch(`${url}?${query}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('still checks the size of a GET query before Apollo parses it', async () => {
    // 10,001 `!` tokens: over the token bound, and (unescaped) short enough for a URL.
    const res = await fetch(`${url}?query=${'!'.repeat(10_001)}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(400);
    expect((await jsonBody(res)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
