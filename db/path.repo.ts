/**
 * Path enumeration over the projected statement relationships, bounded three ways: a hop limit
 * (a literal in the pattern, chosen from a fixed table), a cap on the number of paths expanded
 * (`truncated` when reached), and the transaction timeout. Filters (belief, disease) sit inside
 * the quantified pattern, so pruned branches are never expanded; both queries start from nodes
 * found by index, never from a label scan.
 */
import { badInput } from '../domain/errors.js';
import type { PathInput } from '../domain/paths.js';
import type { Database, RunOptions, Row } from './database.js';
import { int } from './values.js';

/** The largest maxHops any traversal accepts. */
export const MAX_HOPS = 6;

const STATEMENT_TYPES =
  'TARGETS|REGULATES|PARTICIPATES_IN|CONFERS_RESISTANCE_TO|SENSITIZES_TO|BIOMARKER_OF|ASSOCIATED_WITH|MEMBER_OF|OVERCOMES_RESISTANCE_TO|SYNERGIZES_WITH';

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

/**
 * Chains of REGULATES/TARGETS edges ending in a CONFERS_RESISTANCE_TO edge into the drug or a
 * class it belongs to. __REST__ becomes maxHops − 1.
 */
const RESISTANCE_PATHS = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(c:DrugClass)
WITH d, collect(c) AS classes
UNWIND [d] + classes AS t
MATCH (last:Entity)-[res:CONFERS_RESISTANCE_TO]->(t)
WHERE res.belief >= $minBelief AND ($disease IS NULL OR res.disease IS NULL OR res.disease = $disease)
MATCH p = (:Entity)((a:Entity)-[r:REGULATES|TARGETS]->(b:Entity)
            WHERE r.belief >= $minBelief AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)){0,__REST__}(last)
WITH t, res, nodes(p) AS pn, relationships(p) AS pr
WHERE NOT t IN pn AND all(i IN range(0, size(pn) - 2) WHERE NOT pn[i] IN pn[i + 1..])
WITH pn + [t] AS pathNodes, pr + [res] AS pathRels
LIMIT $cap
__PROJECT__`;

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
    .replace('__REST__', String(hops - 1))
    .replace('__HOPS__', String(hops));
}
const HOP_LIMITS = Array.from({ length: MAX_HOPS }, (_, i) => i + 1);
const RESISTANCE_BY_HOPS = new Map(HOP_LIMITS.map((h) => [h, expand(RESISTANCE_PATHS, h)]));
const BETWEEN_BY_HOPS = new Map(HOP_LIMITS.map((h) => [h, expand(PATHS_BETWEEN, h)]));

/** The query text resistancePaths runs for a hop limit (for PROFILE in scripts/profile-paths.ts). */
export function resistanceQueryText(maxHops: number): string {
  checkHops(maxHops);
  return RESISTANCE_BY_HOPS.get(maxHops)!;
}

export function checkHops(maxHops: number): void {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badInput('maxHops', `must be a whole number from 1 to ${MAX_HOPS}`);
  }
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

export interface ResistanceQuery {
  drug: string;
  disease: string | null;
  maxHops: number;
  minBelief: number;
  cap: number;
}

export async function resistancePaths(db: Database, q: ResistanceQuery, opts: RunOptions = {}): Promise<RawPaths> {
  checkHops(q.maxHops);
  const rows = await db.read(RESISTANCE_BY_HOPS.get(q.maxHops)!, { ...q, cap: int(q.cap) }, opts);
  return toPaths(rows, q.cap);
}

export interface BetweenQuery {
  from: string;
  to: string;
  maxHops: number;
  minBelief: number;
  cap: number;
}

export async function pathsBetween(db: Database, q: BetweenQuery, opts: RunOptions = {}): Promise<RawPaths> {
  checkHops(q.maxHops);
  const rows = await db.read(BETWEEN_BY_HOPS.get(q.maxHops)!, { ...q, cap: int(q.cap) }, opts);
  return toPaths(rows, q.cap);
}
