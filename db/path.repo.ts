/**
 * Paths over the projected statement relationships.
 * - Resistance paths: a best-first search (domain/best-paths.ts) that reads the resistance edges
 *   into the drug, then the incoming edges of only the nodes it expands, in batches; it finds the
 *   best paths exactly without enumerating the others.
 * - Paths between two entities: enumeration bounded three ways: a hop limit (a literal in the
 *   pattern, chosen from a fixed table), a cap on the number of paths (`truncated` when reached),
 *   and the transaction timeout; the belief filter sits inside the quantified pattern.
 * Every query starts from nodes found by index, never from a label scan.
 */
import { bestPaths } from '../domain/best-paths.js';
import { scorePath, type PathEdgeInput, type PathInput, type ScoredPath } from '../domain/paths.js';
import type { Database, RunOptions, Row } from './database.js';
import { IN_EDGES, RESISTANCE_SEEDS, pathsBetweenQuery } from './path.queries.js';
import { int } from './values.js';

export interface RawPaths {
  paths: PathInput[];
  /** The enumeration reached its cap: better paths may be missing. */
  truncated: boolean;
}

function toPaths(rows: Row[], cap: number): RawPaths {
  const row = rows[0] as {
    paths: { nodes: string[]; edges: PathInput['edges'] }[];
    degrees: { id: string; degree: number }[];
  };
  const degree = new Map(row.degrees.map((d) => [d.id, d.degree]));
  const paths = row.paths.map((p) => ({ ...p, degrees: p.nodes.map((id) => degree.get(id) ?? 0) }));
  return { paths, truncated: paths.length >= cap };
}

/** Runs one read query: Database.read for the service, a transaction's run for the benchmark ceiling. */
export type Reader = (cypher: string, params: Record<string, unknown>) => Promise<Row[]>;

export interface ResistanceQuery {
  drug: string;
  disease: string | null;
  maxHops: number;
  minBelief: number;
  /** How many paths, best first. */
  first: number;
  /** The variants the tumour carries; null or absent: no tumour given (design §4a, db/path.queries.ts). */
  alterations?: readonly string[] | null;
}

/** Incoming edges read per expanded node beyond the paths asked for (a margin for paths that
 * cannot use some of them because they would revisit a node). */
const PER_NODE_MARGIN = 50;

/** The tumour parameters of the path queries: one parameter type whether a tumour was given or not. */
function tumourParams(alterations: readonly string[] | null | undefined) {
  return { tumour: alterations != null, alterations: alterations ?? [] };
}

/** The best resistance paths of a drug, best first, by best-first search (domain/best-paths.ts). */
export async function bestResistancePaths(read: Reader, q: ResistanceQuery): Promise<ScoredPath[]> {
  pathsBetweenQuery(q.maxHops); // the caller validated maxHops (domain/validation.ts); anything else is a bug
  if (q.first === 0) return [];
  const params = { disease: q.disease, minBelief: q.minBelief, ...tumourParams(q.alterations) };
  const seeds = (await read(RESISTANCE_SEEDS, { ...params, drug: q.drug })) as unknown as PathEdgeInput[];
  const expand = async (ids: string[]) => {
    const rows = await read(IN_EDGES, { ...params, ids, perNode: int(q.first + PER_NODE_MARGIN) });
    return new Map(
      rows.map((r) => [r.id as string, { degree: r.degree as number, edges: r.edges as PathEdgeInput[] }]),
    );
  };
  // A one-hop path has no interior node: its ends' degrees do not count (see domain/best-paths.ts).
  const start = seeds.map((edge) => scorePath({ nodes: [edge.source, edge.target], edges: [edge], degrees: [0, 0] }));
  return (await bestPaths(start, expand, { maxHops: q.maxHops, first: q.first })).paths;
}

/** The service's reader: Database.read with the request's options. */
export function databaseReader(db: Database, opts: RunOptions = {}): Reader {
  return (cypher, params) => db.read(cypher, params, opts);
}

export interface BetweenQuery {
  from: string;
  to: string;
  maxHops: number;
  minBelief: number;
  cap: number;
  /** As in ResistanceQuery. */
  alterations?: readonly string[] | null;
}

export async function pathsBetween(db: Database, q: BetweenQuery, opts: RunOptions = {}): Promise<RawPaths> {
  const rows = await db.read(
    pathsBetweenQuery(q.maxHops),
    { ...q, ...tumourParams(q.alterations), cap: int(q.cap) },
    opts,
  );
  return toPaths(rows, q.cap);
}
