/**
 * Rate limits that hold across replicas: two app instances (as two API processes) counting in one
 * real Redis (RATE_LIMIT_REDIS_URL; Debian's redis-server, which .ci/run installs), and each falling
 * back to its own count when Redis goes away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { freePort } from '../../neo4j/embedded.js';
import type { App } from '../../server/app.js';
import { listen, testApp, testDatabase } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

let redis: ChildProcess;
let redisUrl: string;
const instances: { db: Database; app: App; server: Server; base: string }[] = [];

async function startRedis(): Promise<void> {
  const port = await freePort();
  redisUrl = `redis://127.0.0.1:${port}`;
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    redis.once('error', (e) =>
      reject(new Error(`redis-server did not start (apt-get install redis-server): ${e.message}`)),
    );
    redis.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  await startRedis();
  for (let i = 0; i < 2; i++) {
    const db = testDatabase();
    const app = await testApp(db, 100, { rateLimitPerMinute: 5, rateLimitRedisUrl: redisUrl });
    instances.push({ db, app, ...(await listen(app)) });
  }
});
afterAll(async () => {
  for (const i of instances) {
    await new Promise((r) => i.server.close(r));
    await i.app.apollo.stop();
    await i.db.close();
  }
  redis?.kill('SIGKILL');
});

const ask = (base: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

it('counts one client across both replicas in Redis', async () => {
  const [a, b] = instances;
  const statuses: number[] = [];
  for (const base of [a!.base, b!.base, a!.base, b!.base, a!.base]) statuses.push((await ask(base)).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  const limited = await ask(b!.base); // the sixth request, the third on this replica
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await jsonBody(limited)).errors[0].extensions.code).toBe('RATE_LIMITED');
  expect((await ask(a!.base)).status).toBe(429);
});

it('keeps limiting, per replica, when Redis goes away', async () => {
  redis.kill('SIGKILL');
  await new Promise((r) => redis.once('exit', r));
  const [a] = instances;
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await ask(a!.base)).status);
  // The replica counts on its own (the insurance limiter), from zero: at most the limit passes.
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
  expect(statuses).toContain(429);
});
