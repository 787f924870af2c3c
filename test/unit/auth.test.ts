/** Token ids and what a verified token's claims establish (domain/auth.ts, server/auth.ts). */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authFromClaims, isTokenId } from '../../domain/auth.js';
import { authenticate, issueToken, secretKey } from '../../server/auth.js';

const SECRET = 'a-unit-test-secret-of-more-than-32-chars';
const ID = '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d';
const claims = { sub: 'ann', role: 'CURATOR', jti: ID, iat: 1_800_000_000, exp: 1_800_086_400 };
const none = () => false;

describe('authFromClaims', () => {
  it('gives the user and the token id, issue and expiry times', () => {
    expect(authFromClaims(claims, none)).toEqual({
      user: { id: 'ann', role: 'CURATOR' },
      token: { id: ID, issuedAt: new Date('2027-01-15T08:00:00Z'), expiresAt: new Date('2027-01-16T08:00:00Z') },
      error: null,
    });
  });

  it('refuses a token without an id, asking to re-issue it', () => {
    const { jti: _, ...old } = claims;
    expect(authFromClaims(old, none)).toEqual({
      user: null,
      token: null,
      error: 'The token has no id (it predates revocable tokens); re-issue it with npm run token.',
    });
  });

  it('refuses a revoked id, a malformed id, and a token without user, role or times', () => {
    expect(authFromClaims(claims, (id) => id === ID).error).toBe('The token has been revoked.');
    expect(authFromClaims({ ...claims, jti: 'abc' }, none).error).toBe('The token is not valid.');
    expect(authFromClaims({ ...claims, iat: undefined }, none).error).toBe('The token is not valid.');
    expect(authFromClaims({ ...claims, role: 'ROOT' }, none).error).toBe('The token names no user or no valid role.');
    expect(authFromClaims({ ...claims, sub: '' }, none).error).toBe('The token names no user or no valid role.');
  });

  it('accepts only lower-case version 4 UUIDs as ids', () => {
    expect(isTokenId(ID)).toBe(true);
    for (const bad of [ID.toUpperCase(), `${ID}x`, ID.replace('-4f5b', '-1f5b'), '', 42, "x' OR 1=1"])
      expect(isTokenId(bad)).toBe(false);
  });
});

describe('issued tokens', () => {
  it('each carry a fresh id, verified back with its expiry', async () => {
    const a = await issueToken(SECRET, 'ann', 'EDITOR', '2h');
    const b = await issueToken(SECRET, 'ann', 'EDITOR', '2h');
    expect(isTokenId(a.id)).toBe(true);
    expect(a.id).not.toBe(b.id);
    const auth = await authenticate(`Bearer ${a.token}`, SECRET, none);
    expect(auth.user).toEqual({ id: 'ann', role: 'EDITOR' });
    expect(auth.token).toEqual({ id: a.id, issuedAt: expect.any(Date), expiresAt: a.expiresAt });
    expect(a.expiresAt.getTime() - auth.token!.issuedAt.getTime()).toBe(2 * 3600 * 1000);
    expect((await authenticate(`Bearer ${a.token}`, SECRET, (id) => id === a.id)).error).toBe(
      'The token has been revoked.',
    );
    expect((await authenticate(`Bearer ${b.token}`, SECRET, (id) => id === a.id)).user?.id).toBe('ann');
  });

  it('a token signed the old way, without an id, is refused', async () => {
    const old = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ops')
      .setIssuer('resistkg')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secretKey(SECRET));
    expect((await authenticate(`Bearer ${old}`, SECRET, none)).error).toMatch(/no id .* re-issue/);
  });
});
