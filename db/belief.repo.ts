/**
 * Recomputes statement belief from accepted evidence and writes it to the statement and to its
 * projected relationship, inside the caller's transaction (so curation updates both at once).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { statementBelief, type WeighableEvidence } from '../domain/belief.js';
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
SET s.belief = row.belief, s.evidenceCount = row.evidenceCount, s.acceptedCount = row.acceptedCount
WITH s, row
MATCH (s)-[:SUBJECT]->(a), (s)-[:OBJECT]->(b)
MATCH (a)-[p]->(b) WHERE p.statementId = s.id
SET p.belief = row.belief, p.evidenceCount = row.acceptedCount`;

export interface BeliefRow {
  id: string;
  belief: number;
  evidenceCount: number;
  acceptedCount: number;
}

export async function recomputeBelief(tx: ManagedTransaction, statementIds: string[]): Promise<BeliefRow[]> {
  if (statementIds.length === 0) return [];
  const result = await tx.run(EVIDENCE_OF_STATEMENTS, { ids: statementIds });
  const rows: BeliefRow[] = result.records.map((r) => {
    const rec = toPlain(r.toObject()) as { id: string; structural: boolean | null; evidence: WeighableEvidence[] };
    const accepted = rec.evidence.filter((e) => e.status === 'ACCEPTED').length;
    // Structural statements (class and family membership) hold by definition.
    const belief = rec.structural ? 1 : statementBelief(rec.evidence);
    return { id: rec.id, belief, evidenceCount: rec.evidence.length, acceptedCount: accepted };
  });
  await tx.run(WRITE_BELIEF, { rows });
  return rows;
}
