/**
 * Roles and what they may do (docs/curation.md). Readers need no token; CURATORs submit and revise their
 * own evidence; EDITORs also review others' work (never their own); ADMINs may do everything.
 */
import { AppError, ErrorCode } from './errors.js';

export const ROLES = ['CURATOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  role: Role;
}

const RANK: Record<Role, number> = { CURATOR: 1, EDITOR: 2, ADMIN: 3 };

export function isRole(r: unknown): r is Role {
  return typeof r === 'string' && (ROLES as readonly string[]).includes(r);
}

/** The user, if they hold at least `role`; UNAUTHENTICATED without a valid token, else FORBIDDEN. */
export function requireRole(user: User | null, authError: string | null, role: Role): User {
  if (!user) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      authError ?? 'This operation needs a bearer token (Authorization: Bearer …).',
    );
  }
  if (RANK[user.role] < RANK[role]) {
    throw new AppError(ErrorCode.FORBIDDEN, `This operation needs the ${role} role; you are ${user.role}.`);
  }
  return user;
}

export function atLeast(user: User, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/** The bearer token a request presented, once verified: its id (`jti`) and lifetime. */
export interface TokenInfo {
  id: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** What a request's Authorization header established: a user and token, or why it was refused. */
export type AuthResult =
  { user: User; token: TokenInfo; error: null } | { user: null; token: null; error: string | null };

export const ANONYMOUS: AuthResult = { user: null, token: null, error: null };

/** Token ids are random UUIDs (version 4, lower case), as `npm run token` prints them. */
const TOKEN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isTokenId(id: unknown): id is string {
  return typeof id === 'string' && TOKEN_ID.test(id);
}

/** The claims of a JWT whose signature, issuer and expiry were verified. */
export interface VerifiedClaims {
  sub?: unknown;
  role?: unknown;
  jti?: unknown;
  iat?: unknown;
  exp?: unknown;
}

const refused = (error: string): AuthResult => ({ user: null, token: null, error });

/**
 * The user and token the verified claims name, or why they are refused: no user or role, no id
 * (tokens signed before ids existed cannot be revoked, so they are not accepted), or an id on the
 * deny list.
 */
export function authFromClaims(claims: VerifiedClaims, isRevoked: (tokenId: string) => boolean): AuthResult {
  if (typeof claims.sub !== 'string' || !claims.sub || !isRole(claims.role))
    return refused('The token names no user or no valid role.');
  if (claims.jti === undefined)
    return refused('The token has no id (it predates revocable tokens); re-issue it with npm run token.');
  if (!isTokenId(claims.jti) || typeof claims.iat !== 'number' || typeof claims.exp !== 'number')
    return refused('The token is not valid.');
  if (isRevoked(claims.jti)) return refused('The token has been revoked.');
  return {
    user: { id: claims.sub, role: claims.role },
    token: { id: claims.jti, issuedAt: new Date(claims.iat * 1000), expiresAt: new Date(claims.exp * 1000) },
    error: null,
  };
}
