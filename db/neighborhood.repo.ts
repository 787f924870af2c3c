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
): Promise<HopRow[]> {
  if (ids.length === 0) return [];
  const params = { ids, minBelief, perNode: int(perNode) };
  return readKeyed<HopRow>(db, neighborhoodHopQuery(types), params, ids.length, opts);
}
