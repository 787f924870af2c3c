/** Statements and evidence: by id, a statement's evidence, an entity's statements (db/statement.queries.ts). */
import type { StatementFilter } from '../domain/filters.js';
import type { Window } from '../domain/paging.js';
import type { Database, RunOptions } from './database.js';
import { windowParams } from './keyset.js';
import { readKeyed, readRecords, type EvidenceRecord, type RecordPage, type StatementRecord } from './records.js';
import {
  EVIDENCE_BY_ID,
  EVIDENCE_OF_STATEMENTS,
  STATEMENTS_BY_ID,
  STATEMENTS_OF_ENTITIES,
  STATEMENTS_OF_PUBLICATIONS,
} from './statement.queries.js';

export interface PageKey {
  id: string;
  window: Window;
}

/** A page of statements around one node, of those that pass `filter` (null: all). */
export interface StatementsKey extends PageKey {
  filter: StatementFilter | null;
}

/** Keys as the queries read them: each window a map parameter (db/keyset.ts). */
const keysParam = <K extends PageKey>(keys: readonly K[]) =>
  keys.map(({ window, ...k }) => ({ ...k, w: windowParams(window) }));

export async function statementsByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, StatementRecord>> {
  const rows = await readRecords<{ id: string; statement: StatementRecord }>(db, STATEMENTS_BY_ID, { ids }, opts);
  return new Map(rows.map((r) => [r.id, r.statement]));
}

export async function evidenceByIds(
  db: Database,
  ids: readonly string[],
  opts: RunOptions = {},
): Promise<Map<string, EvidenceRecord>> {
  const rows = await readRecords<{ id: string; evidence: EvidenceRecord }>(db, EVIDENCE_BY_ID, { ids }, opts);
  return new Map(rows.map((r) => [r.id, r.evidence]));
}

export function evidenceOfStatements(
  db: Database,
  keys: readonly (PageKey & { status: string | null })[],
  opts: RunOptions = {},
): Promise<RecordPage<EvidenceRecord>[]> {
  return readKeyed(db, EVIDENCE_OF_STATEMENTS, { keys: keysParam(keys) }, keys.length, opts);
}

/** Pages of the statements with each key's entity as subject or object. */
export function statementsOfEntities(
  db: Database,
  keys: readonly StatementsKey[],
  opts: RunOptions = {},
): Promise<RecordPage<StatementRecord>[]> {
  return readStatementPages(db, STATEMENTS_OF_ENTITIES, keys, opts);
}

/** Pages of the statements each key's publication is cited for by accepted evidence. */
export function statementsOfPublications(
  db: Database,
  keys: readonly StatementsKey[],
  opts: RunOptions = {},
): Promise<RecordPage<StatementRecord>[]> {
  return readStatementPages(db, STATEMENTS_OF_PUBLICATIONS, keys, opts);
}

function readStatementPages(db: Database, query: string, keys: readonly StatementsKey[], opts: RunOptions) {
  const params = keys.map(({ id, window, filter }) => ({ id, w: windowParams(window), f: filter }));
  return readKeyed<RecordPage<StatementRecord>>(db, query, { keys: params }, keys.length, opts);
}
