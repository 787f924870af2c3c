/** Many names at once: every entity each lookup key names, in one query for all the keys. */
import type { Database, RunOptions } from './database.js';
import { readKeyed, type EntityRecord } from './records.js';
import type { KeyMatch } from '../domain/name-resolution.js';
import { int } from './values.js';

/** Per key, in key order: up to $perName entities it names (of $kinds, when given), primary names first, then by id. */
const MATCHES_BY_NAME_KEY = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS key
CALL (key) {
  OPTIONAL MATCH (:Synonym {key: key})-[r:NAMES]->(n:Entity)
  WHERE $kinds IS NULL OR n.kind IN $kinds
  WITH n, r ORDER BY r.rank ASC, n.id ASC
  LIMIT $perName
  RETURN collect(CASE WHEN n IS NULL THEN NULL ELSE {node: n { .*, searchText: NULL }, rank: r.rank, matched: r.text} END) AS matches
}
RETURN i, matches`;

export async function matchesByNameKeys(
  db: Database,
  q: { keys: readonly string[]; kinds: readonly string[] | null; perName: number },
  opts: RunOptions = {},
): Promise<KeyMatch<EntityRecord>[][]> {
  const rows = await readKeyed<{ matches: KeyMatch<EntityRecord>[] }>(
    db,
    MATCHES_BY_NAME_KEY,
    { keys: q.keys, kinds: q.kinds, perName: int(q.perName) },
    q.keys.length,
    opts,
  );
  return rows.map((r) => r.matches);
}
