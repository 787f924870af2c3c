/** The rate limit's client key reads the request's one verification (server/http-guards.ts). */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type AuthResult } from '../../domain/auth.js';
import { rateLimitKey } from '../../server/http-guards.js';

const req = (authorization?: string) => ({ ip: '10.0.0.9', headers: { authorization } }) as unknown as Request;
const res = (auth?: AuthResult) => ({ locals: auth ? { auth } : {} }) as unknown as Response;

describe('rateLimitKey', () => {
  it('uses the authentication verified in front of the guards, without verifying the header again', () => {
    const auth: AuthResult = {
      user: { id: 'ann', role: 'CURATOR' },
      token: { id: 'id', issuedAt: new Date(0), expiresAt: new Date(1) },
      error: null,
    };
    // The header is not a token at all: a second verification would count it under the address.
    expect(rateLimitKey(req('Bearer not-a-jwt'), res(auth))).toBe('user:ann');
  });

  it('counts refused and missing tokens under the address', () => {
    expect(rateLimitKey(req('Bearer x'), res({ user: null, token: null, error: 'The token has been revoked.' }))).toBe(
      'ip:10.0.0.9',
    );
    expect(rateLimitKey(req(), res(ANONYMOUS))).toBe('ip:10.0.0.9');
    expect(rateLimitKey(req(), res())).toBe('ip:10.0.0.9');
  });
});
