/**
 * Pages of projected statement relationships around many nodes at once (the Cypher is
 * edgePageQuery in db/edge.queries.ts): one query per batch when its keys share one page.
 */
import type { Database, RunOptions } from './database.js';
import type { StatementFilter } from '../domain/filters.js';
import type { Window } from '../domain/paging.js';
import { edgePageQuery, namedEdgePageQuery, type EdgeDirection } from './edge.queries.js';
import type { NameLookup } from './entity.repo.js';
import { windowParams } from './keyset.js';
import {
  readKeyed,
  type EntityRecord,
  type EvidenceRecord,
  type ProjectedRel,
  type RecordPage,
  type StatementRecord,
} from './records.js';

export interface EvidencePageKey {
  status: string | null;
  window: Window;
}

export interface EdgePageKey {
  id: string;
  window: Window;
  /** The evidence page of each edge's statement to fetch too, or null. */
  ev: EvidencePageKey | null;
  /** Only the edges that pass this filter, or every edge (null). */
  filter?: StatementFilter | null;
}

export interface EdgeRecord {
  node: EntityRecord;
  rel: ProjectedRel;
  statement: StatementRecord | null;
  /** The statement's evidence page when the key asked for one, else null. */
  evidence: RecordPage<EvidenceRecord> | null;
}

export type EdgePage = RecordPage<EdgeRecord>;

/** One query per distinct (page, evidence page, filter) among the keys; usually all keys share one. */
export async function edgePages(
  db: Database,
  predicate: string,
  direction: EdgeDirection,
  keys: readonly EdgePageKey[],
  opts: RunOptions = {},
): Promise<EdgePage[]> {
  return inGroups(keys, async (window, ev, filter, members) => {
    const query = edgePageQuery(predicate, direction, ev !== null, window.backward, filter !== null);
    const params = { ...pageParams(window, ev, filter), ids: members.map((k) => k.id) };
    return readKeyed<EdgePage>(db, query, params, members.length, opts);
  });
}

/** An entity found by name (null when none) and its edge page. */
export interface NamedEdgePage {
  node: EntityRecord | null;
  page: EdgePage;
}

/**
 * The best entity for each name lookup (db/entity.queries.ts) and its page of `predicate` edges,
 * in one round trip per distinct (page, evidence page, filter), as edgePages.
 */
export async function namedEdgePages(
  db: Database,
  predicate: string,
  direction: EdgeDirection,
  keys: readonly (Omit<EdgePageKey, 'id'> & { lookup: NameLookup })[],
  opts: RunOptions = {},
): Promise<NamedEdgePage[]> {
  return inGroups(keys, async (window, ev, filter, members) => {
    const query = namedEdgePageQuery(predicate, direction, ev !== null, window.backward, filter !== null);
    const params = { ...pageParams(window, ev, filter), lookups: members.map((k) => k.lookup) };
    const rows = await readKeyed<EdgePage & { node: EntityRecord | null }>(db, query, params, members.length, opts);
    return rows.map(({ node, items, total }) => ({ node, page: { items, total } }));
  });
}

/** The parameters of a page shared by a group's keys. */
function pageParams(window: Window, ev: EvidencePageKey | null, filter: StatementFilter | null) {
  const w = windowParams(window);
  return { w, take: w.take, ev: ev && { status: ev.status, w: windowParams(ev.window) }, f: filter };
}

/** Runs `read` once per group of keys sharing (page, evidence page, filter); results in key order. */
async function inGroups<K extends Omit<EdgePageKey, 'id'>, R>(
  keys: readonly K[],
  read: (window: Window, ev: EvidencePageKey | null, filter: StatementFilter | null, members: K[]) => Promise<R[]>,
): Promise<R[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = JSON.stringify([k.window, k.ev, k.filter ?? null]);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const out: R[] = new Array(keys.length);
  await Promise.all(
    [...groups.values()].map(async (members) => {
      const { window, ev, filter = null } = keys[members[0]!]!;
      const results = await read(
        window,
        ev,
        filter,
        members.map((i) => keys[i]!),
      );
      results.forEach((r, j) => (out[members[j]!] = r));
    }),
  );
  return out;
}
