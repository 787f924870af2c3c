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
import { MAX_HOPS } from '../domain/validation.js';
import { PREDICATE_NAMES } from '../domain/vocabulary.js';
import type { Database, RunOptions, Row } from './database.js';
import { int } from './values.js';

/** Every statement relationship type, from the closed predicate vocabulary (a whitelist). */
const STATEMENT_TYPES = PREDICATE_NAMES.join('|');

/**
 * Shared ending: paths as id lists, and the degree of each distinct node once (computing it per
 * path node cost 96% of the query's db hits in PROFILE). __TYPES__ is STATEMENT_TYPES.
 */
const PROJECT = `
WITH collect({ns: pathNodes, rs: pathRels}) AS found
CALL (found) {
  UNWIND found AS f
  UNWIND f.ns AS n
  WITH DISTINCT n
  RETURN collect({id: n.id, degree: COUNT { (n)-[:__TYPES__]-() }}) AS degrees
}
RETURN [f IN found | {
          nodes: [n IN f.ns | n.id],
          edges: [r IN f.rs | { source: startNode(r).id, target: endNode(r).id, predicate: type(r),
                                sign: r.sign, belief: r.belief, statementId: r.statementId }] }] AS paths,
       degrees`;

/** Directed simple paths from one entity to another over every statement predicate. __HOPS__ is maxHops. */
const PATHS_BETWEEN = `
MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
MATCH p = (s)((a:Entity)-[r:__TYPES__]->(b:Entity) WHERE r.belief >= $minBelief){1,__HOPS__}(t)
WITH nodes(p) AS pathNodes, relationships(p) AS pathRels
WHERE all(i IN range(0, size(pathNodes) - 2) WHERE NOT pathNodes[i] IN pathNodes[i + 1..])
LIMIT $cap
__PROJECT__`;

/** Query text per hop limit, built once at load; the bounds are the integers 1..MAX_HOPS. */
function expand(template: string, hops: number): string {
  return template
    .replace('__PROJECT__', PROJECT)
    .replaceAll('__TYPES__', STATEMENT_TYPES)
    .replace('__HOPS__', String(hops));
}
const HOP_LIMITS = Array.from({ length: MAX_HOPS }, (_, i) => i + 1);
const BETWEEN_BY_HOPS = new Map(HOP_LIMITS.map((h) => [h, expand(PATHS_BETWEEN, h)]));

/** The caller validated maxHops (domain/validation.ts hopsProblem); anything else is a bug. */
function assertHops(maxHops: number): void {
  if (!BETWEEN_BY_HOPS.has(maxHops)) throw new Error(`maxHops ${maxHops} was not validated (1 to ${MAX_HOPS})`);
}

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

/** The one-hop resistance paths: CONFERS_RESISTANCE_TO edges into the drug or a class it belongs to. */
const RESISTANCE_SEEDS = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(c:DrugClass)
WITH d, collect(c) AS classes
UNWIND [d] + classes AS t
MATCH (last:Entity)-[res:CONFERS_RESISTANCE_TO]->(t)
WHERE res.belief >= $minBelief AND ($disease IS NULL OR res.disease IS NULL OR res.disease = $disease)
RETURN last.id AS source, t.id AS target, type(res) AS predicate, res.sign AS sign, res.belief AS belief,
       res.statementId AS statementId`;

/**
 * Per node: its degree and its incoming REGULATES/TARGETS edges that pass the filters, best belief
 * first (ties as comparePaths breaks them: source id, then statement id), at most $perNode.
 */
const IN_EDGES = `
UNWIND $ids AS xid
MATCH (x:Entity {id: xid})
CALL (x) {
  MATCH (y:Entity)-[r:REGULATES|TARGETS]->(x)
  WHERE r.belief >= $minBelief AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)
  WITH y, r ORDER BY r.belief DESC, y.id ASC, r.statementId ASC LIMIT $perNode
  RETURN collect({source: y.id, target: x.id, predicate: type(r), sign: r.sign, belief: r.belief,
                  statementId: r.statementId}) AS edges
}
RETURN xid AS id, COUNT { (x)-[:__TYPES__]-() } AS degree, edges`;

const IN_EDGES_TEXT = IN_EDGES.replaceAll('__TYPES__', STATEMENT_TYPES);

export interface ResistanceQuery {
  drug: string;
  disease: string | null;
  maxHops: number;
  minBelief: number;
  /** How many paths, best first. */
  first: number;
}

/** Incoming edges read per expanded node beyond the paths asked for (a margin for paths that
 * cannot use some of them because they would revisit a node). */
const PER_NODE_MARGIN = 50;

/** The best resistance paths of a drug, best first, by best-first search (domain/best-paths.ts). */
export async function bestResistancePaths(read: Reader, q: ResistanceQuery): Promise<ScoredPath[]> {
  assertHops(q.maxHops);
  if (q.first === 0) return [];
  const params = { disease: q.disease, minBelief: q.minBelief };
  const seeds = (await read(RESISTANCE_SEEDS, { ...params, drug: q.drug })) as unknown as PathEdgeInput[];
  const expand = async (ids: string[]) => {
    const rows = await read(IN_EDGES_TEXT, { ...params, ids, perNode: int(q.first + PER_NODE_MARGIN) });
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
}

export async function pathsBetween(db: Database, q: BetweenQuery, opts: RunOptions = {}): Promise<RawPaths> {
  assertHops(q.maxHops);
  const rows = await db.read(BETWEEN_BY_HOPS.get(q.maxHops)!, { ...q, cap: int(q.cap) }, opts);
  return toPaths(rows, q.cap);
}
