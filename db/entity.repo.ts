/** Entity lookups: by id, by name key (symbol, alias, synonym, id), stats. */
import type { Database, RunOptions } from './database.js';
import { BEST_BY_NAME_KEY, ENTITY_OR_NULL } from './entity.queries.js';
import { readKeyed, readRecords, type EntityRecord } from './records.js';
import { evidenceMap, statementMap } from './values.js';

const ENTITIES_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (p:Publication {id: id})
WITH id, coalesce(n, p) AS found
RETURN id, CASE WHEN found IS NULL THEN NULL ELSE found { .*, searchText: NULL } END AS node`;

/**
 * Any Relay node by id, each with its kind: an entity or publication first (its kind is its own),
 * then a statement, evidence, cohort, patient or sample, each projected as its own loader reads it.
 * Every match is a unique-constraint seek, so an id costs seven index lookups in one round trip.
 */
const NODES_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (pub:Publication {id: id})
OPTIONAL MATCH (s:Statement {id: id})
OPTIONAL MATCH (e:Evidence {id: id})
OPTIONAL MATCH (c:Cohort {id: id})
OPTIONAL MATCH (p:Patient {id: id})
OPTIONAL MATCH (x:Sample {id: id})
RETURN id, CASE
  WHEN n IS NOT NULL THEN {kind: n.kind, record: n { .*, searchText: NULL }}
  WHEN pub IS NOT NULL THEN {kind: pub.kind, record: pub { .*, searchText: NULL }}
  WHEN s IS NOT NULL THEN {kind: 'STATEMENT', record: ${statementMap('s')}}
  WHEN e IS NOT NULL THEN {kind: 'EVIDENCE', record: ${evidenceMap('e')}}
  WHEN c IS NOT NULL THEN {kind: 'COHORT', record: c { .*, genePanel: NULL, panelSize: size(c.genePanel) }}
  WHEN p IS NOT NULL THEN {kind: 'PATIENT', record: p { .* }}
  WHEN x IS NOT NULL THEN {kind: 'SAMPLE', record: x { .*, expression: NULL, fractionExpressing: NULL }}
  END AS found`;

/** A Relay node: its own projection with its kind (GENE, ..., STATEMENT, EVIDENCE, ...). */
export type NodeRecord = Record<string, unknown> & { id: string; kind: string };

/** Any node by id (entity, publication, statement, evidence, cohort, patient, sample), with its kind. */
export async function nodesByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, NodeRecord>> {
  const rows = await readRecords<{ id: string; found: { kind: string; record: Record<string, unknown> } | null }>(
    db,
    NODES_BY_ID,
    { ids },
    opts,
  );
  return new Map(
    rows.flatMap((r) => (r.found ? [[r.id, { ...r.found.record, id: r.id, kind: r.found.kind }] as const] : [])),
  );
}

/** Per (key, kind): the best match (db/entity.queries.ts BEST_BY_NAME_KEY), or null. */
const BEST_ENTITY_BY_NAME_KEY = `
UNWIND range(0, size($lookups) - 1) AS i
WITH i, $lookups[i] AS l
${BEST_BY_NAME_KEY}
RETURN i, ${ENTITY_OR_NULL} AS node`;

export async function entitiesByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, EntityRecord>> {
  const rows = await readRecords<{ id: string; node: EntityRecord | null }>(db, ENTITIES_BY_ID, { ids }, opts);
  return new Map(rows.flatMap((r) => (r.node ? [[r.id, r.node] as const] : [])));
}

export interface NameLookup {
  key: string;
  kind: string;
}

/** The best entity of the given kind for each normalised name key (null when none). */
export async function bestEntitiesByName(
  db: Database,
  lookups: readonly NameLookup[],
  opts: RunOptions = {},
): Promise<(EntityRecord | null)[]> {
  const rows = await readKeyed<{ node: EntityRecord | null }>(
    db,
    BEST_ENTITY_BY_NAME_KEY,
    { lookups },
    lookups.length,
    opts,
  );
  return rows.map((r) => r.node ?? null);
}

const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS n';

export async function countEntities(db: Database, opts: RunOptions = {}): Promise<number> {
  const [row] = await db.read(COUNT_ENTITIES, {}, opts);
  return Number(row?.n ?? 0);
}
