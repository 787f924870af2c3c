/** With no database behind it, the API says so: /health 503 and DATABASE_UNAVAILABLE, quickly. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { freePort } from '../../neo4j/embedded.js';
import type { App } from '../../server/app.js';
import { testApp, listen } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

let db: Database;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  db = new Database({ uri: `bolt://127.0.0.1:${await freePort()}` });
  app = await testApp(db);
  ({ server, base } = await listen(app));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

it('answers /health 503 and queries DATABASE_UNAVAILABLE', async () => {
  const health = await fetch(`${base}/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ gene(symbol: "CAV1") { id } }' }),
  });
  const body = await jsonBody(res);
  expect(body.errors[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  // HTTP says so too, for proxies and load balancers: 503 with a hint when to retry.
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
});
