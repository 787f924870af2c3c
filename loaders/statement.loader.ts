/** Per-request loaders of statements by id, statements of an entity, evidence of a statement. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../db/database.js';
import type { EvidenceRecord, RecordPage, StatementRecord } from '../db/records.js';
import {
  evidenceOfStatements,
  statementsByIds,
  statementsOfEntities,
  statementsOfPublications,
  type StatementsKey,
} from '../db/statement.repo.js';
import type { ListRef, SortKey } from '../domain/cursor.js';
import { listRef, toConnection, type Connection, type Window } from '../domain/paging.js';

export interface StatementEvidenceKey {
  id: string;
  status: string | null;
  window: Window;
}

/** A statement's evidence list (whatever the status filter): its cursors are taken only there. */
export const evidenceListRef = (statementId: string): ListRef => listRef('Statement.evidence', statementId, 'evidence');
export const evidenceKeyOf = ({ node }: { node: EvidenceRecord }): SortKey => [node.createdAt, node.id];

/** An entity's statements (Gene.statements, ..., Publication.statements); a filter does not change the list. */
export const statementsListRef = (entityId: string): ListRef => listRef('statements', entityId, 'statement');
const statementKeyOf = ({ node }: { node: StatementRecord }): SortKey => [node.belief ?? 0, node.id];

export type StatementLoader = DataLoader<string, StatementRecord | null>;

export function statementLoader(db: Database, counter: QueryCounter): StatementLoader {
  return new DataLoader<string, StatementRecord | null>(async (ids) => {
    const found = await statementsByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

export type StatementEvidenceLoader = DataLoader<StatementEvidenceKey, Connection<{ node: EvidenceRecord }>, string>;

export function statementEvidenceLoader(db: Database, counter: QueryCounter): StatementEvidenceLoader {
  return new DataLoader(
    async (keys) =>
      (await evidenceOfStatements(db, keys, { counter })).map((p, i) =>
        connectionOf(p, keys[i]!.window, evidenceListRef(keys[i]!.id), evidenceKeyOf),
      ),
    { cacheKeyFn: (k) => JSON.stringify([k.id, k.status, k.window]) },
  );
}

export type StatementsLoader = DataLoader<StatementsKey, Connection<{ node: StatementRecord }>, string>;

/** Pages of statements around nodes: an entity's (statementsOfEntities) or a publication's. */
export function statementsLoader(
  db: Database,
  counter: QueryCounter,
  read: typeof statementsOfEntities = statementsOfEntities,
): StatementsLoader {
  return new DataLoader(
    async (keys) =>
      (await read(db, keys, { counter })).map((p, i) =>
        connectionOf(p, keys[i]!.window, statementsListRef(keys[i]!.id), statementKeyOf),
      ),
    { cacheKeyFn: (k) => JSON.stringify([k.id, k.window, k.filter]) },
  );
}

export const publicationStatementsLoader = (db: Database, counter: QueryCounter) =>
  statementsLoader(db, counter, statementsOfPublications);

export function connectionOf<T>(
  page: RecordPage<T>,
  window: Window,
  ref: ListRef,
  keyOf: (item: { node: T }) => SortKey,
): Connection<{ node: T }> {
  return toConnection(
    page.items.map((node) => ({ node })),
    page.total,
    window,
    ref,
    keyOf,
  );
}
