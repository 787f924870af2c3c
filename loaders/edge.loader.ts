/** Per-request loaders for pages of statement relationships (one UNWIND query per batch). */
import DataLoader from 'dataloader';
import type { QueryCounter, Database } from '../db/database.js';
import { edgePages, namedEdgePages, type EdgePage } from '../db/edge.repo.js';
import type { NameLookup } from '../db/entity.repo.js';
import type { EdgeDirection } from '../db/edge.queries.js';
import type { EntityRecord, StatementRecord } from '../db/records.js';
import type { ListRef } from '../domain/cursor.js';
import type { StatementFilter } from '../domain/filters.js';
import { listRef, toConnection, type Connection, type Window } from '../domain/paging.js';
import { evidenceListRef, evidenceKeyOf, type StatementEvidenceLoader } from './statement.loader.js';

/** An evidence page to fetch with each edge's statement (see resolvers/lookahead.ts). */
export interface EvidencePrefetch {
  status: string | null;
  window: Window;
}

export interface EdgeKey {
  id: string;
  window: Window;
  evidence?: EvidencePrefetch | null;
  /** Only the edges that pass this filter (not part of the list's identity: domain/filters.ts). */
  filter?: StatementFilter | null;
}

/** The list an edge loader's page of `id` is: cursors of Gene.targetedBy are only taken there. */
export function edgeListRef(loader: string, id: string): ListRef {
  return listRef(loader, id, 'edge');
}

const edgeKeyOf = (e: EdgeItem) => [e.belief, e.node.id, e.statementId];

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
  name: string,
  db: Database,
  counter: QueryCounter,
  predicate: string,
  direction: EdgeDirection,
  statements: DataLoader<string, StatementRecord | null>,
  statementEvidence: StatementEvidenceLoader,
): EdgeLoader {
  return new DataLoader<EdgeKey, Connection<EdgeItem>, string>(
    async (keys) => {
      const pages = await edgePages(db, predicate, direction, keys.map(pageKey), { counter });
      pages.forEach((page, i) => primeStatements(page, keys[i]!.evidence ?? null, statements, statementEvidence));
      return pages.map((page, i) => edgeConnection(name, keys[i]!, page));
    },
    { cacheKeyFn: edgeCacheKey },
  );
}

const edgeCacheKey = (k: EdgeKey) => JSON.stringify([k.id, k.window, k.evidence ?? null, k.filter ?? null]);

const pageKey = (k: Omit<EdgeKey, 'id'> & { id?: string }) => ({
  id: k.id ?? '',
  window: k.window,
  ev: k.evidence ?? null,
  filter: k.filter ?? null,
});

function edgeConnection(name: string, key: EdgeKey, page: EdgePage): Connection<EdgeItem> {
  return toConnection(page.items.map(toEdgeItem), page.total, key.window, edgeListRef(name, key.id), edgeKeyOf);
}

/** A name lookup with the edge page (of edge loader `loader`) its selection reads under it. */
export interface NamedEdgeKey extends Omit<EdgeKey, 'id'> {
  lookup: NameLookup;
  loader: string;
}

/**
 * Name lookups that fetch one edge page of the entity they find in the same round trip
 * (resolvers/prefetch.ts): the entity primes the name loader, its page the edge loader under the
 * key the field resolver will ask for, and the page's statements and evidence their loaders.
 */
export function namedEdgeLoader(
  db: Database,
  counter: QueryCounter,
  pages: Record<string, { predicate: string; direction: EdgeDirection; loader: EdgeLoader }>,
  byName: DataLoader<NameLookup, EntityRecord | null, string>,
  statements: DataLoader<string, StatementRecord | null>,
  statementEvidence: StatementEvidenceLoader,
): DataLoader<NamedEdgeKey, EntityRecord | null, string> {
  return new DataLoader<NamedEdgeKey, EntityRecord | null, string>(
    async (keys) => {
      const out: (EntityRecord | null)[] = new Array(keys.length);
      const byLoader = new Map<string, number[]>();
      keys.forEach((k, i) => byLoader.set(k.loader, [...(byLoader.get(k.loader) ?? []), i]));
      await Promise.all(
        [...byLoader].map(async ([name, members]) => {
          const { predicate, direction, loader } = pages[name]!;
          const found = await namedEdgePages(
            db,
            predicate,
            direction,
            members.map((i) => ({ ...pageKey(keys[i]!), lookup: keys[i]!.lookup })),
            { counter },
          );
          found.forEach(({ node, page }, j) => {
            const key = keys[members[j]!]!;
            out[members[j]!] = node;
            byName.prime(key.lookup, node);
            if (!node) return;
            const edgeKey: EdgeKey = { id: node.id, window: key.window, evidence: key.evidence, filter: key.filter };
            primeStatements(page, key.evidence ?? null, statements, statementEvidence);
            loader.prime(edgeKey, edgeConnection(name, edgeKey, page));
          });
        }),
      );
      return out;
    },
    {
      cacheKeyFn: (k) =>
        JSON.stringify([k.lookup.kind, k.lookup.key, k.loader, k.window, k.evidence ?? null, k.filter ?? null]),
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
        { id: statement.id, status: ev.status, window: ev.window },
        toConnection(
          evidence.items.map((node) => ({ node })),
          evidence.total,
          ev.window,
          evidenceListRef(statement.id),
          evidenceKeyOf,
        ),
      );
  }
}
