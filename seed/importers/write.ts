/** Writes what an importer parsed, in batches, after the whole file validated. */
import { recomputeBelief } from '../../db/belief.repo.js';
import type { Database } from '../../db/database.js';
import { chunks as chunkRows } from '../../domain/batches.js';
import { createMissingEntities, createMissingPublications } from '../../db/import.repo.js';
import {
  mergeComponents,
  mergeEvidence,
  mergeStatements,
  type EntityRow,
  type EvidenceRow,
  type StatementRow,
  type SynonymRow,
} from '../../db/seed.repo.js';
import type { Progress } from './lines.js';

export interface ImportBatch {
  entities: EntityRow[];
  synonyms: SynonymRow[];
  publications: { id: string; props: Record<string, unknown> }[];
  statements: StatementRow[];
  evidence: EvidenceRow[];
  /** Combinations' agents, base drug first (HAS_COMPONENT). */
  components?: { id: string; components: string[] }[];
}

const SIZE = 2000;
const chunks = <T>(rows: readonly T[]) => chunkRows(rows, SIZE);

export async function writeImport(db: Database, b: ImportBatch, log: Progress, name: string): Promise<void> {
  const opts = { timeoutMs: 300_000, metadata: { operation: `import:${name}` } };
  for (const c of chunks(b.entities)) {
    const ids = new Set(c.map((e) => e.id));
    await db.writeTx(
      (tx) =>
        createMissingEntities(
          tx,
          c,
          b.synonyms.filter((s) => ids.has(s.id)),
        ),
      opts,
    );
  }
  for (const c of chunks(b.components ?? [])) await db.writeTx((tx) => mergeComponents(tx, c), opts);
  for (const c of chunks(b.publications)) await db.writeTx((tx) => createMissingPublications(tx, c), opts);
  for (const c of chunks(b.statements)) await db.writeTx((tx) => mergeStatements(tx, c), opts);
  log(`${name}: ${b.statements.length.toLocaleString('en')} statements written`);
  for (const c of chunks(b.evidence)) await db.writeTx((tx) => mergeEvidence(tx, c), opts);
  for (const c of chunks(b.statements.map((s) => s.id))) await db.writeTx((tx) => recomputeBelief(tx, c), opts);
  log(`${name}: ${b.evidence.length.toLocaleString('en')} evidence written, beliefs updated`);
}
