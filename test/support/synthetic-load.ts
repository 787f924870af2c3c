/** Writes a synthetic graph in batches (idempotent: every write is a MERGE on a unique id). */
import { recomputeBelief } from '../../db/belief.repo.js';
import type { Database } from '../../db/database.js';
import { mergeEntities, mergeEvidence, mergePublications, mergeStatements } from '../../db/seed.repo.js';
import type { SyntheticGraph } from './synthetic.js';

const BATCH = 2000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function loadSynthetic(
  db: Database,
  g: SyntheticGraph,
  log: (m: string) => void = () => undefined,
): Promise<void> {
  const opts = { timeoutMs: 300000, metadata: { operation: 'synthetic' } };
  await db.writeTx((tx) => mergePublications(tx, [g.publication]), opts);
  for (const b of batches(g.entities)) await db.writeTx((tx) => mergeEntities(tx, b), opts);
  log(`synthetic: ${g.entities.length} entities`);
  for (const b of batches(g.statements)) await db.writeTx((tx) => mergeStatements(tx, b), opts);
  log(`synthetic: ${g.statements.length} statements`);
  for (const b of batches(g.evidence)) await db.writeTx((tx) => mergeEvidence(tx, b), opts);
  log(`synthetic: ${g.evidence.length} evidence`);
  for (const b of batches(g.statements.map((s) => s.id))) await db.writeTx((tx) => recomputeBelief(tx, b), opts);
  log('synthetic: beliefs computed');
}
