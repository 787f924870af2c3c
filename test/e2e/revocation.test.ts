/**
 * Revocable tokens over HTTP against the real Neo4j: `me`, `npm run token -- --revoke` as an admin
 * runs it, and two app instances (as two API processes) that each refuse the token once their
 * deny list reloads from the database.
 */
import { spawnSync } from 'node:child_process';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { listRevokedTokens, revokeToken } from '../../db/revocation.repo.js';
import { issueToken, secretKey, signToken } from '../../server/auth.js';
import { TEST_SECRET, useInstances, type Instance } from '../support/db.js';

const instances = useInstances(2, { revocationRefreshMs: 50 });
let a: Instance;
let b: Instance;
beforeAll(() => {
  [a, b] = instances as [Instance, Instance];
});

async function call(on: Instance, query: string, token?: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${on.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<any>;
}

const ME = `{ me { id role tokenId issuedAt expiresAt } }`;
const RETRACT = `mutation { retractEvidence(id: "RESISTKG:ev-none", expectedVersion: 1, reason: "revoked?") { id } }`;
const error = (r: any) => ({ code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message });
const REVOKED = { code: 'UNAUTHENTICATED', message: 'The token has been revoked.' };

/** `npm run token -- ARGS` against the test database, as an admin runs it. */
function tokenCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    env: {
      ...process.env,
      AUTH_SECRET: TEST_SECRET,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('me', () => {
  it('names the user, role, token id and lifetime; null for an anonymous reader', async () => {
    const issued = await issueToken(TEST_SECRET, 'mia', 'EDITOR', '2h');
    const me = (await call(a, ME, issued.token)).data.me;
    expect(me).toEqual({
      id: 'mia',
      role: 'EDITOR',
      tokenId: issued.id,
      issuedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
      expiresAt: issued.expiresAt.toISOString(),
    });
    expect(Date.parse(me.expiresAt) - Date.parse(me.issuedAt)).toBe(2 * 3600 * 1000);
    expect(await call(a, ME)).toEqual({ data: { me: null } });
    expect(error(await call(a, ME, 'not-a-jwt'))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'The token is not valid.',
    });
  });

  it('refuses a token signed before tokens had ids, everywhere, asking to re-issue it', async () => {
    const old = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ops')
      .setIssuer('resistkg')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secretKey(TEST_SECRET));
    const reissue = {
      code: 'UNAUTHENTICATED',
      message: 'The token has no id (it predates revocable tokens); re-issue it with npm run token.',
    };
    expect(error(await call(a, ME, old))).toEqual(reissue);
    expect(error(await call(a, `{ reviewQueue(first: 1) { totalCount } }`, old))).toEqual(reissue);
    const metrics = await fetch(`${a.base}/metrics`, { headers: { authorization: `Bearer ${old}` } });
    expect(metrics.status).toBe(401);
  });
});

describe('revocation', () => {
  it('npm run token prints the id and expiry on stderr and the token as the last stdout line', () => {
    const run = tokenCli('--user', 'cli-user', '--role', 'CURATOR', '--expires', '1d');
    expect(run.status).toBe(0);
    const token = run.stdout.trim().split('\n').at(-1)!;
    const id = /token id ([0-9a-f-]{36}), CURATOR for cli-user, expires (\S+)/.exec(run.stderr);
    expect(id).not.toBeNull();
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload.jti).toBe(id![1]);
    expect(new Date(payload.exp * 1000).toISOString()).toBe(id![2]);
  });

  it('a revoked token is refused by every instance after its next reload; others of the user still work', async () => {
    const doomed = await issueToken(TEST_SECRET, 'rex', 'ADMIN');
    const kept = await signToken(TEST_SECRET, 'rex', 'ADMIN');
    for (const on of [a, b]) expect((await call(on, ME, doomed.token)).data.me.tokenId).toBe(doomed.id);
    const statsBefore = (await call(a, `{ stats { nodeCount relationshipCount } }`)).data.stats;

    const run = tokenCli('--revoke', doomed.id, '--reason', 'laptop lost');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`revoked token ${doomed.id} (laptop lost)`);

    // Each instance learns it from the database (its own reload, no shared memory).
    for (const on of [a, b])
      await vi.waitFor(async () => expect(error(await call(on, ME, doomed.token))).toEqual(REVOKED), {
        timeout: 30_000,
        interval: 25,
      });
    expect(error(await call(b, RETRACT, doomed.token))).toEqual(REVOKED);
    const metrics = await fetch(`${b.base}/metrics`, { headers: { authorization: `Bearer ${doomed.token}` } });
    expect(metrics.status).toBe(401);
    expect((await call(a, ME, kept)).data.me.id).toBe('rex');

    // Revoked ids are not part of the graph.
    expect((await call(a, `{ stats { nodeCount relationshipCount } }`)).data.stats).toEqual(statsBefore);
    expect(
      (await call(a, `query($id: ID!) { node(id: $id) { id } }`, undefined, { id: doomed.id })).data.node,
    ).toBeNull();
  });

  it('revoking twice changes nothing, and --list-revoked shows when and why', async () => {
    const { id } = await issueToken(TEST_SECRET, 'twice', 'CURATOR');
    const first = await revokeToken(a.db, id, 'first reason');
    expect(first).toMatchObject({ id, alreadyRevoked: false, reason: 'first reason' });
    const run = tokenCli('--revoke', id, '--reason', 'second reason');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `token ${id} was already revoked at ${first.revokedAt} (first reason); nothing changed`,
    );
    expect((await listRevokedTokens(a.db)).filter((r) => r.id === id)).toEqual([
      { id, revokedAt: first.revokedAt, reason: 'first reason' },
    ]);
    const list = tokenCli('--list-revoked');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(`${id}\t${first.revokedAt}\tfirst reason`);
  });

  it('a malformed id is a clear error with exit code 2, before any database is opened', () => {
    const run = tokenCli('--revoke', "x' OR 1=1");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `token: --revoke needs a token id as npm run token printed it (a UUID), not "x' OR 1=1"`,
    );
  });
});
