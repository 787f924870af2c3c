/**
 * The graph version: one `GraphVersion` node whose `version` every committed write transaction
 * increments inside that transaction (db/database.ts), so a reader that sees the version sees the
 * data written with it. Response caches key on it (server/response-cache.ts); it lives in the
 * graph, not in process memory, so every API process on the database reads the same value.
 */

/** Created by the migrations (with a uniqueness constraint), so concurrent writers never race to create it. */
export const CREATE_GRAPH_VERSION = `MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = 0, v.nameKeys = $nameKeys`;

/** Runs last in every write transaction; the node lock also orders the versions of concurrent writes. */
export const BUMP_GRAPH_VERSION = `MERGE (v:GraphVersion {id: 'graph'}) SET v.version = coalesce(v.version, 0) + 1`;

export const READ_GRAPH_VERSION = `OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS version`;

/** Audit events written before they were numbered get numbers after every existing one, oldest first. */
export const NUMBER_OLD_EVENTS = `
MATCH (a:AuditEvent) WHERE a.seq IS NULL
WITH a ORDER BY a.at ASC, a.id ASC
WITH collect(a) AS old
WHERE size(old) > 0
MATCH (v:GraphVersion {id: 'graph'})
WITH v, old, v.version AS base
SET v.version = base + size(old)
WITH old, base
UNWIND range(0, size(old) - 1) AS i
WITH old[i] AS e, base + 1 + i AS seq
SET e.seq = seq`;
