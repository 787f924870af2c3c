/**
 * Search over names, symbols, aliases, synonyms and ids: exact keys first (Synonym nodes), then the
 * full-text index with prefix and fuzzy terms. User text never reaches Lucene unescaped.
 */
import type { Database, RunOptions, Row } from './database.js';
import { int } from './values.js';

const EXACT = `
UNWIND $keys AS key
MATCH (:Synonym {key: key})-[r:NAMES]->(n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN n { .*, searchText: NULL } AS node, r.rank AS rank, r.text AS matched
ORDER BY rank ASC, n.id ASC
LIMIT $limit`;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node { .*, searchText: NULL } AS node, score`;

export async function exactMatches(
  db: Database,
  keys: string[],
  kinds: string[] | null,
  limit: number,
  opts: RunOptions = {},
) {
  return (await db.read(EXACT, { keys, kinds, limit: int(limit) }, opts)) as {
    node: Row;
    rank: number;
    matched: string;
  }[];
}

export async function fulltextMatches(
  db: Database,
  lucene: string,
  kinds: string[] | null,
  limit: number,
  opts: RunOptions = {},
) {
  return (await db.read(FULLTEXT, { lucene, kinds, limit: int(limit) }, opts)) as { node: Row; score: number }[];
}
