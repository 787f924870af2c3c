/** Per-request loaders of statements by id, statements of an entity, evidence of a statement. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../db/database.js';
import type { EvidenceRecord, RecordPage, StatementRecord } from '../db/records.js';
import { evidenceOfStatements, statementsByIds, statementsOfEntities } from '../db/statement.repo.js';
import { toConnection, type Connection, type Page } from '../domain/paging.js';

export interface StatementEvidenceKey extends Page {
  id: string;
  status: string | null;
}

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
    async (keys) => (await evidenceOfStatements(db, keys, { counter })).map((p, i) => connectionOf(p, keys[i]!)),
    { cacheKeyFn: (k) => `${k.id}|${k.status}|${k.skip}|${k.limit}` },
  );
}

export function entityStatementsLoader(
  db: Database,
  counter: QueryCounter,
): DataLoader<Page & { id: string }, Connection<{ node: StatementRecord }>, string> {
  return new DataLoader(
    async (keys) => (await statementsOfEntities(db, keys, { counter })).map((p, i) => connectionOf(p, keys[i]!)),
    { cacheKeyFn: (k) => `${k.id}|${k.skip}|${k.limit}` },
  );
}

function connectionOf<T>(page: RecordPage<T>, key: Page): Connection<{ node: T }> {
  return toConnection(
    page.items.map((node) => ({ node })),
    page.total,
    key,
  );
}
