/** The Cypher of the curation writes (db/curation.repo.ts runs them). */
import { evidenceMap } from './values.js';

export const FIND_BY_IDEMPOTENCY = `MATCH (e:Evidence {idempotencyKey: $key}) RETURN e.id AS id`;

export const STATEMENT_EXISTS = `MATCH (s:Statement {id: $id}) RETURN s.id AS id`;

export const ENTITIES_EXIST = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS found, n.kind AS kind`;

export const SAME_STATEMENT = `
MATCH (s:Statement {subjectId: $subject, objectId: $object, predicate: $predicate, sign: $sign})
WHERE coalesce(s.contextDisease, '') = coalesce($disease, '')
  AND size(coalesce(s.contextAlterations, [])) = size($alterations)
  AND all(a IN $alterations WHERE a IN coalesce(s.contextAlterations, []))
  AND coalesce(s.contextResistanceType, '') = coalesce($resistanceType, '')
  AND coalesce(s.contextVariantOrigin, '') = coalesce($variantOrigin, '')
RETURN s.id AS id ORDER BY s.createdAt LIMIT 1`;

export const CREATE_EVIDENCE = `
MATCH (s:Statement {id: $statementId})
MERGE (p:Publication {id: $sourceId})
ON CREATE SET p.kind = 'PUBLICATION', p.pmid = $pmid, p.doi = $doi, p.title = $sourceId, p.name = $sourceId
CREATE (e:Evidence)
SET e = $props, e.id = $id, e.statementId = $statementId, e.sourceId = $sourceId, e.status = 'SUBMITTED',
    e.version = 1, e.createdAt = datetime(), e.updatedAt = datetime()
CREATE (e)-[:CITES]->(p)
WITH e, s
CALL (e, s) {
  WITH e, s WHERE e.direction = 'SUPPORTS'
  CREATE (e)-[:SUPPORTS]->(s)
  UNION
  WITH e, s WHERE e.direction = 'REFUTES'
  CREATE (e)-[:REFUTES]->(s)
}
RETURN e.id AS id`;

/** Takes the evidence's write lock first, so the version read next is the latest committed one. */
export const LOCK_EVIDENCE = `
MATCH (e:Evidence {id: $id})
SET e.lockedBy = $tx
REMOVE e.lockedBy
RETURN ${evidenceMap('e')} AS evidence`;

export const UPDATE_EVIDENCE = `
MATCH (e:Evidence {id: $id})
SET e += $props, e.version = e.version + 1, e.updatedAt = datetime()
RETURN ${evidenceMap('e')} AS evidence`;

export const SET_DIRECTION = `
MATCH (e:Evidence {id: $id})-[r:SUPPORTS|REFUTES]->(s:Statement)
DELETE r
WITH e, s
CALL (e, s) {
  WITH e, s WHERE $direction = 'SUPPORTS'
  CREATE (e)-[:SUPPORTS]->(s)
  UNION
  WITH e, s WHERE $direction = 'REFUTES'
  CREATE (e)-[:REFUTES]->(s)
}`;

export const SET_SOURCE = `
MATCH (e:Evidence {id: $id})-[c:CITES]->()
DELETE c
WITH e
MERGE (p:Publication {id: $sourceId})
ON CREATE SET p.kind = 'PUBLICATION', p.pmid = $pmid, p.doi = $doi, p.title = $sourceId, p.name = $sourceId
CREATE (e)-[:CITES]->(p)
SET e.sourceId = $sourceId`;

/**
 * An audit event, numbered in commit order: it takes the graph version's lock (held to the commit)
 * and its `seq` is the version it sets, so `events(after:)` pages the changes as they were committed.
 */
export const WRITE_AUDIT = `
MATCH (v:GraphVersion {id: 'graph'})
SET v.version = v.version + 1
CREATE (a:AuditEvent {id: $id, at: datetime(), actor: $actor, role: $role, action: $action, seq: v.version,
                      entityId: $entityId, comment: $comment, before: $before, after: $after})
WITH a
UNWIND $about AS aboutId
CALL (aboutId) {
  MATCH (x:Evidence {id: aboutId}) RETURN x
  UNION
  MATCH (x:Statement {id: aboutId}) RETURN x
  UNION
  MATCH (x:Entity {id: aboutId}) RETURN x
}
CREATE (a)-[:ABOUT]->(x)
RETURN count(*) AS n`;

export const ENTITY_ID_EXISTS = `MATCH (n:Entity {id: $id}) RETURN n.id AS id`;

/** The first existing entity (lowest id) already found by one of the given lookup keys. */
export const NAME_CLASHES = `
UNWIND $keys AS key
MATCH (:Synonym {key: key})-[:NAMES]->(n:Entity)
RETURN key, n.id AS id, n.kind AS kind, n.name AS name
ORDER BY n.id LIMIT 1`;

export const CREATE_ENTITY = `
CREATE (n:Entity {id: $id})
SET n:$($label)
SET n += $props, n.kind = $kind, n.createdAt = datetime(), n.curated = true
WITH n
UNWIND $names AS nm
MERGE (s:Synonym {key: nm.key})
MERGE (s)-[r:NAMES]->(n)
SET r.rank = nm.rank, r.text = nm.text
RETURN DISTINCT n { .*, searchText: NULL } AS node`;
