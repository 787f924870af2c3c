/**
 * Search over names, symbols, aliases, synonyms and ids in one round trip: exact keys first
 * (Synonym nodes), and the full-text index with prefix and fuzzy terms. User text never reaches
 * Lucene unescaped ($lucene is built by domain/search.ts; null skips the full-text part). Merging
 * and ranking the two is domain/search.ts's rankHits.
 */
import type { Database, RunOptions } from './database.js';
import { readRecords, type EntityRecord } from './records.js';
import type { ExactMatch, FulltextMatch } from '../domain/search.js';
import { int } from './values.js';

const SEARCH = `
CALL () {
  UNWIND $keys AS key
  MATCH (:Synonym {key: key})-[r:NAMES]->(n:Entity)
  WHERE $kinds IS NULL OR n.kind IN $kinds
  WITH n, r ORDER BY r.rank ASC, n.id ASC
  LIMIT $exactLimit
  RETURN collect({node: n { .*, searchText: NULL }, rank: r.rank, matched: r.text}) AS exact
}
CALL () {
  OPTIONAL CALL () {
    WITH $lucene AS lucene WHERE lucene IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: $fulltextLimit}) YIELD node, score
    WHERE $kinds IS NULL OR node.kind IN $kinds
    RETURN node, score
  }
  RETURN collect(CASE WHEN node IS NULL THEN NULL ELSE {node: node { .*, searchText: NULL }, score: score} END) AS fulltext
}
RETURN exact, fulltext`;

export interface SearchRows {
  exact: ExactMatch<EntityRecord>[];
  fulltext: FulltextMatch<EntityRecord>[];
}

export async function searchMatches(
  db: Database,
  q: { keys: string[]; lucene: string | null; kinds: string[] | null; exactLimit: number; fulltextLimit: number },
  opts: RunOptions = {},
): Promise<SearchRows> {
  const params = { ...q, exactLimit: int(q.exactLimit), fulltextLimit: int(q.fulltextLimit) };
  const [row] = await readRecords<SearchRows>(db, SEARCH, params, opts);
  return row!;
}
