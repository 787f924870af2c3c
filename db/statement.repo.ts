/** Statements and evidence: by id, a statement's evidence, an entity's statements. */
import { inKeyOrder, type Database, type RunOptions, type Row } from './database.js';
import { evidenceMap, statementMap } from './values.js';

const STATEMENTS_BY_ID = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, ${statementMap('s')} AS statement`;

const EVIDENCE_BY_ID = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN id, ${evidenceMap('e')} AS evidence`;

/**
 * The body of a subquery returning statement `s`'s evidence page as `items` and `total`: oldest
 * first, filtered by status (null: every status). `page` names the page map ({status, skip, limit})
 * in the caller's query: a variable or a parameter written in code, never user text. Every
 * evidence page is read this way (here and with edge pages, db/edge.repo.ts).
 */
export function evidencePageOf(page: string): string {
  return `
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS|REFUTES]->(s)
  WHERE ${page}.status IS NULL OR e.status = ${page}.status
  WITH e ORDER BY e.createdAt ASC, e.id ASC
  WITH collect(e) AS found
  RETURN [x IN found[${page}.skip..${page}.skip + ${page}.limit] | ${evidenceMap('x')}] AS items, size(found) AS total`;
}

/** keys: {id, skip, limit, status} where status null means every status. */
const EVIDENCE_OF_STATEMENTS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Statement {id: k.id})
CALL (s, k) {${evidencePageOf('k')}
}
RETURN i, items, total`;

const STATEMENTS_OF_ENTITIES = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (n:Entity {id: k.id})
CALL (n, k) {
  OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(n)
  WITH DISTINCT s ORDER BY s.belief DESC, s.id ASC
  WITH collect(${statementMap('s')}) AS found
  RETURN found[k.skip..k.skip + k.limit] AS items, size(found) AS total
}
RETURN i, items, total`;

export interface PageKey {
  id: string;
  skip: number;
  limit: number;
}

export interface RowPage {
  items: Row[];
  total: number;
}

export async function statementsByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, Row>> {
  const rows = await db.read(STATEMENTS_BY_ID, { ids }, opts);
  return new Map(rows.map((r) => [r.id as string, r.statement as Row]));
}

export async function evidenceByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, Row>> {
  const rows = await db.read(EVIDENCE_BY_ID, { ids }, opts);
  return new Map(rows.map((r) => [r.id as string, r.evidence as Row]));
}

export async function evidenceOfStatements(
  db: Database,
  keys: readonly (PageKey & { status: string | null })[],
  opts: RunOptions = {},
): Promise<RowPage[]> {
  return inKeyOrder(await db.read(EVIDENCE_OF_STATEMENTS, { keys }, opts), keys.length) as unknown as RowPage[];
}

export async function statementsOfEntities(
  db: Database,
  keys: readonly PageKey[],
  opts: RunOptions = {},
): Promise<RowPage[]> {
  return inKeyOrder(await db.read(STATEMENTS_OF_ENTITIES, { keys }, opts), keys.length) as unknown as RowPage[];
}
