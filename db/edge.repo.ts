/**
 * Pages of projected statement relationships around many nodes at once (the Cypher is
 * edgePageQuery in db/edge.queries.ts): one query per batch when its keys share one page.
 */
import type { Database, RunOptions } from './database.js';
import type { StatementFilter } from '../domain/filters.js';
import type { Window } from '../domain/paging.js';
import { edgePageQuery, type EdgeDirection } from './edge.queries.js';
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
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = JSON.stringify([k.window, k.ev, k.filter ?? null]);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const out: EdgePage[] = new Array(keys.length);
  await Promise.all(
    [...groups.values()].map(async (members) => {
      const { window, ev, filter = null } = keys[members[0]!]!;
      const w = windowParams(window);
      const params = {
        ids: members.map((i) => keys[i]!.id),
        w,
        take: w.take,
        ev: ev && { status: ev.status, w: windowParams(ev.window) },
        f: filter,
      };
      const query = edgePageQuery(predicate, direction, ev !== null, window.backward, filter !== null);
      const pages = await readKeyed<EdgePage>(db, query, params, members.length, opts);
      pages.forEach((page, j) => (out[members[j]!] = page));
    }),
  );
  return out;
}
