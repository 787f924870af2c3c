/**
 * Batched, idempotent writes used by the seed and the importers: every write is a MERGE on a
 * unique id, so loading the same rows twice changes nothing. Labels and relationship types are
 * dynamic only from the whitelists in domain/ (kinds, predicates), checked before they get here.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { labelOf } from '../domain/kinds.js';
import { isPredicate } from '../domain/vocabulary.js';

export interface EntityRow {
  id: string;
  kind: string;
  /** Properties to set (name, aliases, searchText, identifiers ...). */
  props: Record<string, unknown>;
}

export interface SynonymRow {
  id: string;
  names: { key: string; text: string; rank: number }[];
}

export interface StatementRow {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  sign: number;
  /** Statement properties (context, mechanism, interactionType, tier, factKeys, structural ...). */
  props: Record<string, unknown>;
  /** Properties copied onto the projected relationship. */
  edgeProps: Record<string, unknown>;
}

export interface EvidenceRow {
  id: string;
  statementId: string;
  source: string;
  direction: 'SUPPORTS' | 'REFUTES';
  props: Record<string, unknown>;
}

const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props, n.kind = row.kind
RETURN count(n) AS n`;

const MERGE_SYNONYMS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
UNWIND row.names AS nm
MERGE (s:Synonym {key: nm.key})
MERGE (s)-[r:NAMES]->(e)
SET r.rank = nm.rank, r.text = nm.text
RETURN count(r) AS n`;

const MERGE_COMPONENTS = `
UNWIND $rows AS row
MATCH (c:Combination {id: row.id})
UNWIND range(0, size(row.components) - 1) AS i
MATCH (d:Entity {id: row.components[i]})
MERGE (c)-[r:HAS_COMPONENT]->(d)
SET r.position = i, r.role = CASE i WHEN 0 THEN 'BASE' ELSE 'PARTNER' END
RETURN count(r) AS n`;

const MERGE_PUBLICATIONS = `
UNWIND $rows AS row
MERGE (p:Publication {id: row.id})
SET p += row.props, p.kind = 'PUBLICATION'
RETURN count(p) AS n`;

const MERGE_STATEMENTS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
MERGE (s:Statement {id: row.id})
ON CREATE SET s.createdAt = datetime(), s.version = 1, s.belief = 0.0
SET s += row.props, s.predicate = row.predicate, s.sign = row.sign,
    s.subjectId = row.subject, s.objectId = row.object
MERGE (s)-[:SUBJECT]->(a)
MERGE (s)-[:OBJECT]->(b)
WITH s, a, b, row
// A statement loaded as out of the traversal graph (all evidence rejected or retracted) gets no
// projected relationship; recomputeBelief (db/belief.repo.ts) keeps this true after curation.
CALL (s, a, b, row) {
  WITH s, a, b, row WHERE coalesce(row.props.inTraversalGraph, true)
  MERGE (a)-[p:$(row.predicate) {statementId: row.id}]->(b)
  ON CREATE SET p.belief = 0.0, p.evidenceCount = 0
  SET p += row.edgeProps, p.sign = row.sign
}
RETURN count(s) AS n`;

const MERGE_EVIDENCE = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId}), (p:Publication {id: row.source})
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.createdAt = datetime(), e.updatedAt = datetime(), e.version = 1
// A record a curator has changed since (version > 1) keeps the curated state: reloading never undoes curation.
FOREACH (_ IN CASE WHEN e.version = 1 THEN [1] ELSE [] END |
  SET e += row.props, e.direction = row.direction, e.statementId = row.statementId, e.sourceId = row.source)
WITH e, s, p, row WHERE e.version = 1
MERGE (e)-[:CITES]->(p)
WITH e, s, row
// A reload that changes a record's direction (an importer that now reads a row as refuting) moves
// its relationship rather than leaving the old one beside the new.
CALL (e, s, row) {
  WITH e, s, row WHERE row.direction = 'SUPPORTS'
  MERGE (e)-[:SUPPORTS]->(s)
  WITH e, s
  OPTIONAL MATCH (e)-[stale:REFUTES]->(s)
  DELETE stale
  UNION
  WITH e, s, row WHERE row.direction = 'REFUTES'
  MERGE (e)-[:REFUTES]->(s)
  WITH e, s
  OPTIONAL MATCH (e)-[stale:SUPPORTS]->(s)
  DELETE stale
}
RETURN count(e) AS n`;

const MISSING_EVIDENCE_REFS = `
UNWIND $rows AS row
OPTIONAL MATCH (s:Statement {id: row.statementId})
OPTIONAL MATCH (p:Publication {id: row.source})
WITH row WHERE s IS NULL OR p IS NULL
RETURN collect(row.id) AS missing`;

async function count(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  const res = await tx.run(cypher, { rows });
  return Number(res.records[0]?.get('n') ?? 0);
}

export function mergeEntities(tx: ManagedTransaction, rows: EntityRow[]): Promise<number> {
  return count(
    tx,
    MERGE_ENTITIES,
    rows.map((r) => ({ ...r, label: labelOf(r.kind) })),
  );
}

export function mergeSynonyms(tx: ManagedTransaction, rows: SynonymRow[]): Promise<number> {
  return count(tx, MERGE_SYNONYMS, rows);
}

/** HAS_COMPONENT edges from each combination to its agents, base drug first (position 0). */
export async function mergeComponents(
  tx: ManagedTransaction,
  rows: { id: string; components: string[] }[],
): Promise<number> {
  const n = await count(tx, MERGE_COMPONENTS, rows);
  const expected = rows.reduce((sum, r) => sum + r.components.length, 0);
  if (n !== expected) throw new Error(`only ${n} of ${expected} combination components exist`);
  return n;
}

export function mergePublications(
  tx: ManagedTransaction,
  rows: { id: string; props: Record<string, unknown> }[],
): Promise<number> {
  return count(tx, MERGE_PUBLICATIONS, rows);
}

export async function mergeStatements(tx: ManagedTransaction, rows: StatementRow[]): Promise<number> {
  for (const r of rows) if (!isPredicate(r.predicate)) throw new Error(`unknown predicate ${r.predicate}`);
  const n = await count(tx, MERGE_STATEMENTS, rows);
  if (n !== rows.length) throw new Error(`only ${n} of ${rows.length} statements found both their subject and object`);
  return n;
}

/** Returns how many records were written; curated ones (version > 1) are left as they are. */
export async function mergeEvidence(tx: ManagedTransaction, rows: EvidenceRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const missing = await tx.run(MISSING_EVIDENCE_REFS, { rows });
  const problem = missing.records[0]?.get('missing') as string[] | undefined;
  if (problem && problem.length > 0)
    throw new Error(`evidence without its statement or source: ${problem.slice(0, 5).join(', ')}`);
  return count(tx, MERGE_EVIDENCE, rows);
}
