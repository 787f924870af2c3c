/**
 * Recomputes statement belief from accepted evidence and writes it to the statement and to its
 * projected relationship, inside the caller's transaction (so curation updates both at once).
 * A statement that leaves the traversal graph (domain/belief.ts inTraversalGraph: all of its
 * evidence rejected or retracted) loses its projected relationship; one that comes back gets it
 * again, rebuilt from the statement's own properties.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { inTraversalGraph, statementBelief, type WeighableEvidence } from '../domain/belief.js';
import { toPlain } from './values.js';

const EVIDENCE_OF_STATEMENTS = `
UNWIND $ids AS sid
MATCH (s:Statement {id: sid})
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
RETURN s.id AS id, s.structural AS structural,
       collect(CASE WHEN e IS NULL THEN NULL ELSE e { .level, .modelSystem, .rating, .direction, .status } END) AS evidence`;

const WRITE_BELIEF = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.belief = row.belief, s.evidenceCount = row.evidenceCount, s.acceptedCount = row.acceptedCount,
    s.inTraversalGraph = row.inTraversalGraph
WITH s, row
MATCH (s)-[:SUBJECT]->(a), (s)-[:OBJECT]->(b)
CALL (s, a, b, row) {
  WITH s, a, b, row WHERE row.inTraversalGraph
  MERGE (a)-[p:$(s.predicate) {statementId: s.id}]->(b)
  ON CREATE SET p.sign = s.sign, p.interactionType = s.interactionType, p.mechanism = s.mechanism,
                p.disease = s.contextDisease
  SET p.belief = row.belief, p.evidenceCount = row.acceptedCount
  UNION
  WITH s, a, b, row WHERE NOT row.inTraversalGraph
  MATCH (a)-[p]->(b) WHERE p.statementId = s.id
  DELETE p
}`;

export interface BeliefRow {
  id: string;
  belief: number;
  evidenceCount: number;
  acceptedCount: number;
  /** False when every evidence record was rejected or retracted: the statement left the traversal graph. */
  inTraversalGraph: boolean;
}

export async function recomputeBelief(tx: ManagedTransaction, statementIds: string[]): Promise<BeliefRow[]> {
  if (statementIds.length === 0) return [];
  const result = await tx.run(EVIDENCE_OF_STATEMENTS, { ids: statementIds });
  const rows: BeliefRow[] = result.records.map((r) => {
    const rec = toPlain(r.toObject()) as { id: string; structural: boolean | null; evidence: WeighableEvidence[] };
    const accepted = rec.evidence.filter((e) => e.status === 'ACCEPTED').length;
    // Structural statements (class and family membership) hold by definition.
    const belief = rec.structural ? 1 : statementBelief(rec.evidence);
    const live = inTraversalGraph(
      Boolean(rec.structural),
      rec.evidence.map((e) => e.status),
    );
    return { id: rec.id, belief, evidenceCount: rec.evidence.length, acceptedCount: accepted, inTraversalGraph: live };
  });
  await tx.run(WRITE_BELIEF, { rows });
  return rows;
}
