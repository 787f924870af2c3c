/**
 * Bearer tokens: JWTs signed with HS256 and AUTH_SECRET (jose). We chose signed JWTs over stored
 * API keys because they need no database round trip per request and expire by themselves; the
 * trade-off is that revoking one before it expires means rotating the secret.
 */
import { SignJWT, jwtVerify } from 'jose';
import { isRole, type Role, type User } from '../domain/auth.js';
import type { Config } from '../domain/config.js';
import { loadOrCreateSecret } from '../neo4j/secret-file.js';

const ISSUER = 'resistkg';

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(secret: string, user: string, role: Role, expiresIn = '30d'): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretKey(secret));
}

export type AuthResult = { user: User | null; error: string | null };

/** Reads `Authorization: Bearer <jwt>`; no header is an anonymous reader, a bad token is an error. */
export async function authenticate(header: string | undefined, secret: string): Promise<AuthResult> {
  if (!header) return { user: null, error: null };
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return { user: null, error: 'The Authorization header must be "Bearer <token>".' };
  try {
    const { payload } = await jwtVerify(m[1]!, secretKey(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub || !isRole(payload.role))
      return { user: null, error: 'The token names no user or no valid role.' };
    return { user: { id: payload.sub, role: payload.role }, error: null };
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { user: null, error: code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid.' };
  }
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
