/**
 * Bearer tokens: JWTs signed with HS256 and AUTH_SECRET (jose). We chose signed JWTs over stored
 * API keys because they need no database round trip per request and expire by themselves. Each
 * token carries a random id (`jti`); revoking one (`npm run token -- --revoke ID`) stores its id in
 * the database, and every server checks ids against an in-memory deny list refreshed from there in
 * the background (server/revocation.ts). Tokens without an id are refused. Rotating the secret still
 * revokes every token at once.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { ANONYMOUS, authFromClaims, type AuthResult, type Role } from '../domain/auth.js';
import type { Config } from '../domain/config.js';
import { loadOrCreateSecret } from '../neo4j/secret-file.js';

export type { AuthResult };

const ISSUER = 'resistkg';

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** A token just signed, with the id and expiry an admin notes to revoke it later. */
export interface IssuedToken {
  token: string;
  id: string;
  expiresAt: Date;
}

/** Signs a token for `user` with a fresh random id; `expiresIn` as jose reads it (30d, 12h, -1h). */
export async function issueToken(secret: string, user: string, role: Role, expiresIn = '30d'): Promise<IssuedToken> {
  const id = randomUUID();
  const token = await new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setJti(id)
    .setSubject(user)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretKey(secret));
  return { token, id, expiresAt: new Date(decodeJwt(token).exp! * 1000) };
}

export async function signToken(secret: string, user: string, role: Role, expiresIn = '30d'): Promise<string> {
  return (await issueToken(secret, user, role, expiresIn)).token;
}

/**
 * Reads `Authorization: Bearer <jwt>`; no header is an anonymous reader, a bad, expired or revoked
 * token an error. `isRevoked` answers from memory (the deny list), never from the database.
 */
export async function authenticate(
  header: string | undefined,
  secret: string,
  isRevoked: (tokenId: string) => boolean,
): Promise<AuthResult> {
  if (!header) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return { user: null, token: null, error: 'The Authorization header must be "Bearer <token>".' };
  try {
    const { payload } = await jwtVerify(m[1]!, secretKey(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    return authFromClaims(payload, isRevoked);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const error = code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid.';
    return { user: null, token: null, error };
  }
}

/** The request's authentication, verified once in front of /graphql (server/app.ts) and shared. */
export function requestAuth(res: Response): AuthResult {
  return (res.locals.auth as AuthResult | undefined) ?? ANONYMOUS;
}

/** Where the signing secret came from. */
export type SecretSource = 'AUTH_SECRET' | 'generated' | 'file';

/** AUTH_SECRET when set; else (never in production: parseConfig refuses) the secret file's. */
export function authSecret(config: Pick<Config, 'authSecret' | 'authSecretFile' | 'production'>): {
  secret: string;
  source: SecretSource;
} {
  if (config.authSecret) return { secret: config.authSecret, source: 'AUTH_SECRET' };
  if (config.production) throw new Error('AUTH_SECRET is not set');
  return loadOrCreateSecret(config.authSecretFile);
}
