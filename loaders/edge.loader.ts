/** Per-request loaders for pages of statement relationships (one UNWIND query per batch). */
import DataLoader from 'dataloader';
import type { QueryCounter, Database } from '../db/database.js';
import { edgePages, type EdgePage } from '../db/edge.repo.js';
import type { EdgeDirection } from '../db/edge.queries.js';
import type { EntityRecord, StatementRecord } from '../db/records.js';
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
  node: EntityRecord;
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
  direction: EdgeDirection,
  statements: DataLoader<string, StatementRecord | null>,
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
      pages.forEach((page, i) => primeStatements(page, keys[i]!.evidence ?? null, statements, statementEvidence));
      return pages.map((page, i) => toConnection(page.items.map(toEdgeItem), page.total, keys[i]!));
    },
    {
      cacheKeyFn: (k) =>
        `${k.id}|${k.skip}|${k.limit}|${k.evidence ? `${k.evidence.status}|${k.evidence.skip}|${k.evidence.limit}` : ''}`,
    },
  );
}

function toEdgeItem({ node, rel }: EdgePage['items'][number]): EdgeItem {
  return {
    node,
    sign: rel.sign,
    belief: rel.belief ?? 0,
    evidenceCount: rel.evidenceCount ?? 0,
    interactionType: rel.interactionType ?? null,
    mechanism: rel.mechanism ?? null,
    statementId: rel.statementId,
  };
}

/** Each edge's statement, and its evidence page when fetched, go to their loaders: no second trip. */
function primeStatements(
  page: EdgePage,
  ev: EvidencePrefetch | null,
  statements: DataLoader<string, StatementRecord | null>,
  statementEvidence: StatementEvidenceLoader,
): void {
  for (const { rel, statement, evidence } of page.items) {
    if (!statement) continue;
    statements.prime(rel.statementId, statement);
    if (ev && evidence)
      statementEvidence.prime(
        { id: statement.id, status: ev.status, skip: ev.skip, limit: ev.limit },
        toConnection(
          evidence.items.map((node) => ({ node })),
          evidence.total,
          ev,
        ),
      );
  }
}
