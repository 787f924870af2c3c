/**
 * Writes for importers of public files: entities and publications are created when missing and
 * never overwrite curated records (an imported entity only gains the properties it lacks);
 * statements and evidence use the seed's idempotent merges.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from './database.js';
import { labelOf } from '../domain/kinds.js';
import type { EntityRow, SynonymRow } from './seed.repo.js';

const CREATE_MISSING_ENTITIES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n += row.props, n.kind = row.kind, n.imported = true
// An entity an earlier import created (never a curated one) gains the properties it lacks.
FOREACH (k IN CASE WHEN n.imported = true AND n.curated IS NULL
                   THEN [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] = [] OR n[k] = n.symbol AND k = 'name'] ELSE [] END |
  SET n[k] = row.props[k])
FOREACH (_ IN CASE WHEN n.kind = row.kind THEN [1] ELSE [] END | SET n:$(row.label))
RETURN count(n) AS n`;

const CREATE_MISSING_SYNONYMS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id}) WHERE e.imported = true
UNWIND row.names AS nm
MERGE (s:Synonym {key: nm.key})
MERGE (s)-[r:NAMES]->(e)
ON CREATE SET r.rank = nm.rank, r.text = nm.text
RETURN count(r) AS n`;

const CREATE_MISSING_PUBLICATIONS = `
UNWIND $rows AS row
MERGE (p:Publication {id: row.id})
ON CREATE SET p += row.props, p.kind = 'PUBLICATION'
RETURN count(p) AS n`;

export async function createMissingEntities(
  tx: ManagedTransaction,
  rows: EntityRow[],
  synonyms: SynonymRow[],
): Promise<void> {
  if (rows.length) await tx.run(CREATE_MISSING_ENTITIES, { rows: rows.map((r) => ({ ...r, label: labelOf(r.kind) })) });
  if (synonyms.length) await tx.run(CREATE_MISSING_SYNONYMS, { rows: synonyms });
}

export async function createMissingPublications(
  tx: ManagedTransaction,
  rows: { id: string; props: Record<string, unknown> }[],
): Promise<void> {
  if (rows.length) await tx.run(CREATE_MISSING_PUBLICATIONS, { rows });
}

const EXISTING_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (p:Publication {id: id})
WITH id WHERE e IS NOT NULL OR p IS NOT NULL
RETURN collect(id) AS ids`;

// Only the keys that name something come back, each with the id BEST_BY_NAME_KEY
// (db/entity.queries.ts) would pick: rank 0 before aliases, then the lowest id. Nothing is
// projected but the id, so a chunk of keys that are all new costs one index seek each.
const IDS_BY_NAME_KEY = `
UNWIND $keys AS key
MATCH (:Synonym {key: key})-[r:NAMES]->(n:Entity {kind: $kind})
WITH key, n, r ORDER BY r.rank ASC, n.id ASC
WITH key, head(collect(n.id)) AS id
RETURN collect([key, id]) AS found`;

/** The id of the best entity of `kind` for each name key that names one (keys naming none are absent). */
export async function idsByNameKey(db: Database, kind: string, keys: readonly string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const [row] = await db.read(IDS_BY_NAME_KEY, { keys, kind });
  return new Map((row?.found as [string, string][] | undefined) ?? []);
}

/** Which of these ids are entities or publications in the database. */
export async function existingIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const [row] = await db.read(EXISTING_IDS, { ids });
  return new Set((row?.ids as string[] | undefined) ?? []);
}
