/** Per-request loaders for pages of statement relationships (one UNWIND query per batch). */
import DataLoader from 'dataloader';
import type { Database, QueryCounter, Row } from '../db/database.js';
import { edgePages } from '../db/edge.repo.js';
import { toConnection, type Connection, type Page } from '../domain/paging.js';
import type { StatementEvidenceLoader } from './statement.loader.js';

/** An evidence page to fetch with each edge's statement (see resolvers/lookahead.ts). */
export interface EvidencePrefetch extends Page {
  status: string | null;
}

export interface EdgeKey extends Page {
  id: string;
  evidence?: EvidencePrefetch | null;
}

export interface EdgeItem {
  node: Row;
  sign: number;
  belief: number;
  evidenceCount: number;
  interactionType: string | null;
  mechanism: string | null;
  statementId: string;
}

export type EdgeLoader = DataLoader<EdgeKey, Connection<EdgeItem>, string>;

export function edgeLoader(
  db: Database,
  counter: QueryCounter,
  predicate: string,
  direction: 'OUT' | 'IN',
  statements: DataLoader<string, Row | null>,
  statementEvidence: StatementEvidenceLoader,
): EdgeLoader {
  return new DataLoader<EdgeKey, Connection<EdgeItem>, string>(
    async (keys) => {
      const pages = await edgePages(
        db,
        predicate,
        direction,
        keys.map((k) => ({ id: k.id, skip: k.skip, limit: k.limit, ev: k.evidence ?? null })),
        { counter },
      );
      pages.forEach((page, i) => {
        const ev = keys[i]!.evidence;
        for (const { rel, statement, evidence } of page.items) {
          if (!statement) continue;
          statements.prime(rel.statementId as string, statement);
          if (ev && evidence)
            statementEvidence.prime(
              { id: statement.id as string, status: ev.status, skip: ev.skip, limit: ev.limit },
              toConnection(
                evidence.items.map((node) => ({ node })),
                evidence.total,
                ev,
              ),
            );
        }
      });
      return pages.map((page, i) =>
        toConnection(
          page.items.map(({ node, rel }) => ({
            node,
            sign: rel.sign as number,
            belief: (rel.belief as number) ?? 0,
            evidenceCount: (rel.evidenceCount as number) ?? 0,
            interactionType: (rel.interactionType as string) ?? null,
            mechanism: (rel.mechanism as string) ?? null,
            statementId: rel.statementId as string,
          })),
          page.total,
          keys[i]!,
        ),
      );
    },
    {
      cacheKeyFn: (k) =>
        `${k.id}|${k.skip}|${k.limit}|${k.evidence ? `${k.evidence.status}|${k.evidence.skip}|${k.evidence.limit}` : ''}`,
    },
  );
}
