/**
 * One hop of a neighbourhood for many nodes at once (the Cypher is neighborhoodHopQuery in
 * db/neighborhood.queries.ts; the breadth-first walk over hops is domain/neighborhood.ts).
 */
import type { Database, RunOptions } from './database.js';
import { neighborhoodHopQuery } from './neighborhood.queries.js';
import { readKeyed, type HopRow } from './records.js';
import { int } from './values.js';

export async function neighborhoodHop(
  db: Database,
  ids: readonly string[],
  types: readonly string[],
  minBelief: number,
  perNode: number,
  opts: RunOptions = {},
  /** Only edges whose other end is one of these (null: every edge); see HopRow. */
  reach: readonly string[] | null = null,
): Promise<HopRow[]> {
  if (ids.length === 0) return [];
  // $reach is always a list: a null in its place is another parameter type, which Neo4j plans again.
  const params = { ids, minBelief, perNode: int(perNode), filter: reach !== null, reach: reach ?? [] };
  return readKeyed<HopRow>(db, neighborhoodHopQuery(types), params, ids.length, opts);
}
