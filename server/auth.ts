/**
 * Bearer tokens: JWTs signed with HS256 and AUTH_SECRET (jose). We chose signed JWTs over stored
 * API keys because they need no database round trip per request and expire by themselves; the
 * trade-off is that revoking one before it expires means rotating the secret.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import { isRole, type Role, type User } from '../domain/auth.js';
import type { Config } from '../domain/config.js';

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

/**
 * The secret kept in `file`: read when it exists (its permissions tightened to 0600 if looser),
 * else 32 random bytes (hex) written to a new file created with mode 0600. Never a known string:
 * outside production a server without AUTH_SECRET signs with this, and `npm run token` reads it.
 */
export function loadOrCreateSecret(file: string): { secret: string; source: SecretSource } {
  const read = () => {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error(`${file} holds no secret of 32+ characters; delete it to make a new one`);
    return secret;
  };
  try {
    return { secret: read(), source: 'file' };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  // Written whole to a private temporary file, then linked into place: a second process starting
  // at the same moment either links first (and this one reads its secret) or sees the full file.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { secret: read(), source: 'file' };
    throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
  return { secret, source: 'generated' };
}

/** AUTH_SECRET when set; else (never in production: parseConfig refuses) the secret file's. */
export function authSecret(config: Pick<Config, 'authSecret' | 'authSecretFile' | 'production'>): {
  secret: string;
  source: SecretSource;
} {
  if (config.authSecret) return { secret: config.authSecret, source: 'AUTH_SECRET' };
  if (config.production) throw new Error('AUTH_SECRET is not set');
  return loadOrCreateSecret(config.authSecretFile);
}
