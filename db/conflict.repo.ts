/**
 * The statements a conflict report compares (domain/conflicts.ts): those from a subject, or from any
 * variant of it, to an object, valid in a disease or in none in particular, each with its accepted
 * supporting and refuting evidence counted.
 */
import type { ConflictStatement } from '../domain/conflicts.js';
import type { Database, RunOptions } from './database.js';
import { readKeyed } from './records.js';

const COMPARED = `
  OPTIONAL MATCH (v:Variant)-[:VARIANT_OF]->(root)
  WITH root, obj, disease, collect(v) AS variants
  UNWIND [root] + variants AS subj
  MATCH (subj)<-[:SUBJECT]-(s:Statement)-[:OBJECT]->(obj)
  WHERE disease IS NULL OR s.contextDisease IS NULL OR s.contextDisease = disease
  RETURN collect({id: s.id, subjectId: subj.id, subjectKind: subj.kind, predicate: s.predicate, sign: s.sign,
                  disease: s.contextDisease, alterations: coalesce(s.contextAlterations, []),
                  supports: COUNT { (:Evidence {status: 'ACCEPTED'})-[:SUPPORTS]->(s) },
                  refutes: COUNT { (:Evidence {status: 'ACCEPTED'})-[:REFUTES]->(s) }}) AS statements`;

/** Per query, in order: the statements from $queries[i].subject (and its variants) to $queries[i].object. */
const STATEMENTS_BETWEEN = `
UNWIND range(0, size($queries) - 1) AS i
WITH i, $queries[i] AS q
CALL (q) {
  MATCH (root:Entity {id: q.subject}), (obj:Entity {id: q.object})
  WITH root, obj, q.disease AS disease
${COMPARED}
}
RETURN i, statements`;

/**
 * Per statement id, in order: the statements it is compared with, from its subject's gene (its
 * subject when that is not a variant) and that gene's variants to its object, in any disease.
 */
const STATEMENTS_BESIDE = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS sid
CALL (sid) {
  MATCH (x:Entity)<-[:SUBJECT]-(:Statement {id: sid})-[:OBJECT]->(obj:Entity)
  OPTIONAL MATCH (x)-[:VARIANT_OF]->(g:Gene)
  WITH coalesce(g, x) AS root, obj, null AS disease
${COMPARED}
}
RETURN i, statements`;

export async function statementsBetween(
  db: Database,
  queries: readonly { subject: string; object: string; disease: string | null }[],
  opts: RunOptions = {},
): Promise<ConflictStatement[][]> {
  const rows = await readKeyed<{ statements: ConflictStatement[] } | null>(
    db,
    STATEMENTS_BETWEEN,
    { queries },
    queries.length,
    opts,
  );
  return rows.map((r) => r?.statements ?? []);
}

export async function statementsBeside(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<ConflictStatement[][]> {
  const rows = await readKeyed<{ statements: ConflictStatement[] } | null>(
    db,
    STATEMENTS_BESIDE,
    { ids },
    ids.length,
    opts,
  );
  return rows.map((r) => r?.statements ?? []);
}
