/**
 * Revoked bearer token ids: one RevokedToken node per id (unique, db/migrations.ts), outside the
 * knowledge graph, so every API process over the database sees the same deny list.
 */
import type { Database, RunOptions } from './database.js';
import { readRecords } from './records.js';

const REVOKE = `
OPTIONAL MATCH (old:RevokedToken {id: $id})
WITH old IS NOT NULL AS existed
MERGE (t:RevokedToken {id: $id})
  ON CREATE SET t.revokedAt = datetime(), t.reason = $reason
RETURN existed, t.revokedAt AS revokedAt, t.reason AS reason`;

const REVOKED_IDS = `MATCH (t:RevokedToken) RETURN collect(t.id) AS ids`;

const REVOKED_LIST = `
MATCH (t:RevokedToken)
RETURN t.id AS id, t.revokedAt AS revokedAt, t.reason AS reason
ORDER BY revokedAt, id`;

export interface RevokedToken {
  id: string;
  /** ISO 8601. */
  revokedAt: string;
  reason: string | null;
}

/**
 * Records `id` as revoked (idempotent: a second call changes nothing and says so with
 * `alreadyRevoked`, keeping the first time and reason). The caller validates the id.
 */
export async function revokeToken(
  db: Database,
  id: string,
  reason: string | null,
): Promise<RevokedToken & { alreadyRevoked: boolean }> {
  const [row] = await db.write(REVOKE, { id, reason });
  const r = row as { existed: boolean; revokedAt: string; reason: string | null };
  return { id, revokedAt: r.revokedAt, reason: r.reason, alreadyRevoked: r.existed };
}

/** Every revoked id (what each server's deny list holds). */
export async function revokedTokenIds(db: Database, opts: RunOptions = {}): Promise<string[]> {
  const [row] = await readRecords<{ ids: string[] }>(db, REVOKED_IDS, {}, opts);
  return row?.ids ?? [];
}

/** Every revocation, oldest first. */
export function listRevokedTokens(db: Database): Promise<RevokedToken[]> {
  return readRecords<RevokedToken>(db, REVOKED_LIST, {}, {});
}
