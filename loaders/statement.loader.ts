/** Per-request loaders of statements by id, statements of an entity, evidence of a statement. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter, Row } from '../db/database.js';
import { evidenceOfStatements, statementsByIds, statementsOfEntities } from '../db/statement.repo.js';
import { toConnection, type Connection, type Page } from '../domain/paging.js';

export interface StatementEvidenceKey extends Page {
  id: string;
  status: string | null;
}

export function statementLoader(db: Database, counter: QueryCounter): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const found = await statementsByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

export type StatementEvidenceLoader = DataLoader<StatementEvidenceKey, Connection<{ node: Row }>, string>;

export function statementEvidenceLoader(db: Database, counter: QueryCounter): StatementEvidenceLoader {
  return new DataLoader(
    async (keys) => {
      const pages = await evidenceOfStatements(db, keys, { counter });
      return pages.map((p, i) =>
        toConnection(
          p.items.map((node) => ({ node })),
          p.total,
          keys[i]!,
        ),
      );
    },
    { cacheKeyFn: (k) => `${k.id}|${k.status}|${k.skip}|${k.limit}` },
  );
}

export function entityStatementsLoader(
  db: Database,
  counter: QueryCounter,
): DataLoader<Page & { id: string }, Connection<{ node: Row }>, string> {
  return new DataLoader(
    async (keys) => {
      const pages = await statementsOfEntities(db, keys, { counter });
      return pages.map((p, i) =>
        toConnection(
          p.items.map((node) => ({ node })),
          p.total,
          keys[i]!,
        ),
      );
    },
    { cacheKeyFn: (k) => `${k.id}|${k.skip}|${k.limit}` },
  );
}
