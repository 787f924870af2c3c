/**
 * Loads a stream of scale records through Bolt with batched UNWIND writes (idempotent MERGEs, the
 * same as the seed and importers use). Used when the database already holds data or is remote;
 * an empty local database loads faster with the offline importer (neo4j/offline-import.ts).
 * Batches are flushed in dependency order, so a statement's entities and an evidence record's
 * statement are always written first.
 */
import type { Database } from '../../db/database.js';
import {
  mergeComponents,
  mergeEntities,
  mergeEvidence,
  mergePublications,
  mergeStatements,
  mergeSynonyms,
  type EntityRow,
  type EvidenceRow,
  type StatementRow,
  type SynonymRow,
} from '../../db/seed.repo.js';
import type { ScaleRecord } from './generate.js';

/** Rows per transaction; 5,000 was fastest of 1k/2k/5k/10k/20k on the small scale (see docs/scaling.md). */
export const DEFAULT_BATCH = 5000;

export interface CypherLoadCounts {
  entities: number;
  statements: number;
  evidence: number;
}

export async function loadWithCypher(
  db: Database,
  records: Iterable<ScaleRecord>,
  onStatements: (n: number) => void,
  batch = DEFAULT_BATCH,
): Promise<CypherLoadCounts> {
  const opts = { timeoutMs: 600_000, metadata: { operation: 'seed:synthetic' } };
  const buf = {
    publications: [] as { id: string; props: Record<string, unknown> }[],
    entities: [] as EntityRow[],
    synonyms: [] as SynonymRow[],
    components: new Map<string, string[]>(),
    statements: [] as StatementRow[],
    evidence: [] as EvidenceRow[],
  };
  const counts: CypherLoadCounts = { entities: 0, statements: 0, evidence: 0 };
  const flush = async () => {
    if (buf.publications.length) await db.writeTx((tx) => mergePublications(tx, buf.publications), opts);
    if (buf.entities.length)
      await db.writeTx(async (tx) => {
        await mergeEntities(tx, buf.entities);
        await mergeSynonyms(tx, buf.synonyms);
      }, opts);
    if (buf.components.size) {
      const rows = [...buf.components].map(([id, components]) => ({ id, components }));
      await db.writeTx((tx) => mergeComponents(tx, rows), opts);
    }
    if (buf.statements.length) await db.writeTx((tx) => mergeStatements(tx, buf.statements), opts);
    if (buf.evidence.length) await db.writeTx((tx) => mergeEvidence(tx, buf.evidence), opts);
    counts.entities += buf.entities.length;
    counts.statements += buf.statements.length;
    counts.evidence += buf.evidence.length;
    onStatements(buf.statements.length);
    buf.publications = [];
    buf.entities = [];
    buf.synonyms = [];
    buf.components = new Map();
    buf.statements = [];
    buf.evidence = [];
  };
  for (const r of records) {
    if (r.type === 'publication') buf.publications.push({ id: r.id, props: { ...r.props, kind: 'PUBLICATION' } });
    else if (r.type === 'entity') {
      buf.entities.push(r.row);
      buf.synonyms.push({ id: r.row.id, names: r.names });
    } else if (r.type === 'component') {
      const list = buf.components.get(r.combination) ?? [];
      list[r.position] = r.drug;
      buf.components.set(r.combination, list);
    } else {
      buf.statements.push(r.row);
      buf.evidence.push(...r.evidence);
    }
    const size =
      buf.publications.length + buf.entities.length + buf.components.size + buf.statements.length + buf.evidence.length;
    // A combination's two components arrive together: never flush between them.
    if (size >= batch && r.type !== 'component') await flush();
  }
  await flush();
  return counts;
}
