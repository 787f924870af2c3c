/**
 * Data migration to CIViC's closed significance values (domain/legacy-significance.ts): evidence
 * holding a value the vocabulary no longer has, or CIViC's raw word in `civicSignificance`, gets
 * the current value and loses `civicSignificance`. Evidence already converted is not matched, so
 * running it again changes nothing. Audit events keep the values they recorded.
 */
import { currentSignificance, LEGACY_SIGNIFICANCES } from '../domain/legacy-significance.js';
import type { Database } from './database.js';

const LEGACY = `
MATCH (e:Evidence) WHERE e.civicSignificance IS NOT NULL OR e.significance IN $legacy
OPTIONAL MATCH (e)-[:SUPPORTS|REFUTES]->(s:Statement)
RETURN e.id AS id, e.significance AS significance, e.civicSignificance AS civicSignificance,
       e.evidenceType AS evidenceType, s.sign AS sign`;

const SET_SIGNIFICANCE = `
UNWIND $rows AS row
MATCH (e:Evidence {id: row.id})
SET e.significance = row.significance
REMOVE e.civicSignificance`;

/** Converts legacy evidence; returns how many records changed. */
export async function migrateSignificance(db: Database): Promise<number> {
  const found = await db.read(LEGACY, { legacy: LEGACY_SIGNIFICANCES });
  if (found.length === 0) return 0;
  const rows = found.map((r) => ({
    id: r.id as string,
    significance: currentSignificance({
      significance: (r.significance as string | null) ?? null,
      civicSignificance: (r.civicSignificance as string | null) ?? null,
      evidenceType: (r.evidenceType as string | null) ?? null,
      sign: (r.sign as number | null) ?? null,
    }),
  }));
  await db.write(SET_SIGNIFICANCE, { rows });
  return rows.length;
}
