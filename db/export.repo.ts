/**
 * Reads for the KGX export (seed/exporters/kgx.ts): entities and publications, and statements with
 * their evidence, in id order, page by page so a large graph never sits in one result.
 */
import type { Database } from './database.js';
import { int, toPlain } from './values.js';

const NODES = `
MATCH (n) WHERE (n:Entity OR n:Publication) AND n.kind IN $kinds AND n.id > $after
RETURN n { .*, searchText: NULL, createdAt: NULL, updatedAt: NULL } AS n
ORDER BY n.id LIMIT $limit`;

const STATEMENTS = `
MATCH (s:Statement) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s) WHERE $allEvidence OR e.status = 'ACCEPTED'
WITH s, e ORDER BY e.id
WITH s, collect(e { .* }) AS evidence, COUNT { (:Evidence)-[:SUPPORTS|REFUTES]->(s) } AS total
RETURN s { .* } AS s, evidence, total
ORDER BY s.id`;

const PAGE = 2000;

/** Every entity and publication, in id order, a page at a time. */
export async function* exportNodes(db: Database, kinds: readonly string[]): AsyncGenerator<Record<string, unknown>[]> {
  let after = '';
  for (;;) {
    const rows = await db.read(NODES, { after, limit: int(PAGE), kinds });
    if (!rows.length) return;
    const page = rows.map((r) => toPlain(r.n) as Record<string, unknown>);
    yield page;
    after = page[page.length - 1]!.id as string;
  }
}

export interface ExportedStatement {
  statement: Record<string, unknown>;
  evidence: Record<string, unknown>[];
  /** How many evidence records the statement has in all (0: a structural statement). */
  total: number;
}

/** Statements with their accepted (or, with allEvidence, all) evidence, in id order, a page at a time. */
export async function* exportStatements(db: Database, allEvidence: boolean): AsyncGenerator<ExportedStatement[]> {
  let after = '';
  for (;;) {
    const rows = await db.read(STATEMENTS, { after, limit: int(PAGE), allEvidence });
    if (!rows.length) return;
    const page = rows.map((r) => ({
      statement: toPlain(r.s) as Record<string, unknown>,
      evidence: toPlain(r.evidence) as Record<string, unknown>[],
      total: Number(toPlain(r.total)),
    }));
    yield page;
    after = page[page.length - 1]!.statement.id as string;
  }
}
