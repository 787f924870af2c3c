/**
 * Idempotent schema migrations, applied at start: uniqueness of `id` per label, lookup indexes,
 * and the full-text index over names, symbols, aliases and synonyms; then data migrations
 * (cohorts of the first shape get clinical attribute columns: db/cohort-migration.ts; evidence of the
 * old significance values gets CIViC's: db/significance-migration.ts; names stored under an older
 * name key get theirs now: db/name-key-migration.ts).
 */
import { NODE_LABELS } from '../domain/kinds.js';
import { migrateCohortColumns } from './cohort-migration.js';
import { migrateNameKeys, NAME_KEYS_VERSION } from './name-key-migration.js';
import type { Database } from './database.js';
import { CREATE_GRAPH_VERSION, NUMBER_OLD_EVENTS } from './graph-version.queries.js';
import { migrateSignificance } from './significance-migration.js';

/** Uniqueness of `id` per label; labels come from a whitelist, never from input. */
const uniqueId = (label: string) =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;

/**
 * Entity is the label every node that `node(id)` returns shares; each node kind's label comes from
 * the vocabulary (domain/vocabulary.ts); the other labels are the graph's own records, except
 * RevokedToken: revoked bearer token ids (db/revocation.repo.ts), outside the knowledge graph.
 * (Statement, Evidence, Cohort, Patient and Sample are node labels, so their ids are unique by
 * NODE_LABELS.) Each statement names what it creates once (SCHEMA_NAMES).
 */
const MIGRATIONS: readonly string[] = [
  uniqueId('Entity'),
  ...NODE_LABELS.map(uniqueId),
  'CREATE CONSTRAINT auditevent_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT revokedtoken_id IF NOT EXISTS FOR (n:RevokedToken) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT graphversion_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX auditevent_seq IF NOT EXISTS FOR (n:AuditEvent) ON (n.seq)',
  'CREATE CONSTRAINT sourceimport_source IF NOT EXISTS FOR (n:SourceImport) REQUIRE n.source IS UNIQUE',
  'CREATE CONSTRAINT release_name IF NOT EXISTS FOR (n:Release) REQUIRE n.name IS UNIQUE',
  'CREATE CONSTRAINT evidence_idempotency IF NOT EXISTS FOR (n:Evidence) REQUIRE n.idempotencyKey IS UNIQUE',
  'CREATE INDEX evidence_created IF NOT EXISTS FOR (n:Evidence) ON (n.createdAt)',
  'CREATE INDEX statement_triple IF NOT EXISTS FOR (n:Statement) ON (n.subjectId, n.objectId)',
  'CREATE INDEX patient_cohort IF NOT EXISTS FOR (n:Patient) ON (n.cohortId)',
  'CREATE INDEX sample_cohort IF NOT EXISTS FOR (n:Sample) ON (n.cohortId)',
  'CREATE INDEX sample_patient IF NOT EXISTS FOR (n:Sample) ON (n.patientId, n.type)',
  'CREATE INDEX expression_vector IF NOT EXISTS FOR (n:ExpressionVector) ON (n.cohortId, n.geneId)',
  'CREATE INDEX clinical_column IF NOT EXISTS FOR (n:ClinicalColumn) ON (n.cohortId, n.attributeId)',
  'CREATE INDEX alteration_vector IF NOT EXISTS FOR (n:AlterationVector) ON (n.cohortId, n.variantId)',
  'CREATE INDEX alteration_gene IF NOT EXISTS FOR (n:AlterationVector) ON (n.geneId)',
  'CREATE INDEX alteration_variant IF NOT EXISTS FOR (n:AlterationVector) ON (n.variantId)',
  'CREATE CONSTRAINT synonym_key IF NOT EXISTS FOR (n:Synonym) REQUIRE n.key IS UNIQUE',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE INDEX publication_pmid IF NOT EXISTS FOR (n:Publication) ON (n.pmid)',
  'CREATE INDEX publication_doi IF NOT EXISTS FOR (n:Publication) ON (n.doi)',
  'CREATE INDEX evidence_status IF NOT EXISTS FOR (n:Evidence) ON (n.status)',
  'CREATE INDEX statement_predicate IF NOT EXISTS FOR (n:Statement) ON (n.predicate)',
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.symbol, n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

/** The index or constraint a schema statement creates: each says `CREATE ... <name> IF NOT EXISTS`. */
export function schemaName(statement: string): string {
  const m = /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS /.exec(statement);
  if (!m) throw new Error(`schema statement without a name: ${statement}`);
  return m[1]!;
}

/** The names of MIGRATIONS' indexes and constraints, in order. */
export const SCHEMA_NAMES: readonly string[] = MIGRATIONS.map(schemaName);

/** The MIGRATIONS whose constraint or online index the database lacks. */
async function pendingSchema(db: Database): Promise<string[]> {
  const [constraints] = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {});
  const [indexes] = await db.read(
    "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names",
    {},
  );
  const present = new Set([...(constraints?.names as string[]), ...(indexes?.names as string[])]);
  return MIGRATIONS.filter((_, i) => !present.has(SCHEMA_NAMES[i]!));
}

export async function migrate(db: Database): Promise<void> {
  // Schema transactions cannot also write data, so these do not bump the graph version. On a large
  // store (the PrimeKG-scale benchmark graph on a busy machine) a constraint's check and the indexes'
  // population outlast QUERY_TIMEOUT_MS, so these transactions get their own limit, beyond the 120 s
  // that awaitIndexes waits.
  const schema = { versioned: false, timeoutMs: 300_000 };
  // A database that has them all (every start but the first) skips the 42 schema transactions.
  const pending = await pendingSchema(db);
  for (const statement of pending) await db.write(statement, {}, schema);
  if (pending.length) await db.write('CALL db.awaitIndexes(120)', {}, schema);
  await db.write(CREATE_GRAPH_VERSION, { nameKeys: NAME_KEYS_VERSION }, { versioned: false });
  await db.write(NUMBER_OLD_EVENTS);
  await migrateCohortColumns(db);
  await migrateSignificance(db);
  await migrateNameKeys(db);
}
