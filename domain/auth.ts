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
