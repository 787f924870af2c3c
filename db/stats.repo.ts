/**
 * Graph-wide counts for the stats query. Revoked token ids (RevokedToken) are service records, not
 * the graph: left out of nodeCount (both counts come from Neo4j's count store, no scan).
 */
import type { Database, RunOptions } from './database.js';
import { readRecords } from './records.js';

const STATS = `
CALL () { MATCH (n) RETURN count(n) AS allNodes }
CALL () { MATCH (t:RevokedToken) RETURN count(t) AS revokedTokens }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
CALL () { MATCH (s:Statement) RETURN count(s) AS statementCount }
CALL () { MATCH (e:Evidence) RETURN count(e) AS evidenceCount }
CALL () {
  MATCH (n:Entity) WITH n.kind AS kind, count(*) AS count ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS byKind
}
RETURN allNodes - revokedTokens AS nodeCount, relationshipCount, statementCount, evidenceCount, byKind`;

export interface StatsRow {
  nodeCount: number;
  relationshipCount: number;
  statementCount: number;
  evidenceCount: number;
  byKind: { kind: string; count: number }[];
}

export async function graphStats(db: Database, opts: RunOptions = {}): Promise<StatsRow> {
  const [row] = await readRecords<StatsRow>(db, STATS, {}, opts);
  return row!;
}
