/**
 * Path sign, score and ranking. Pure functions; docs/ranking.md explains them.
 *
 * sign(path)  = Π sign(edge): +1 or −1, or 0 when an edge's direction is unknown (such a path is
 *               kept, with sign 0, and never counts as promoting or counteracting anything)
 * score(path) = Π belief(edge) × Π hubPenalty(degree(node)) over the nodes the path passes
 *               through (not its two ends), where hubPenalty(d) = 1 / (1 + ln(1 + d / HUB_SCALE)).
 *
 * The product of beliefs makes the best path the shortest under −log(belief); the hub penalty keeps
 * paths through promiscuous nodes (a kinase with 500 partners) from crowding out specific ones.
 * Ties break by fewer hops, then by the node ids along the path, so the order is deterministic.
 */

/** Paths `paths(from, to)` expands per query before the search stops and says `truncated`. */
export const PATH_CAP = 5000;

export const HUB_SCALE = 50;

export interface PathEdgeInput {
  source: string;
  target: string;
  predicate: string;
  sign: number;
  belief: number;
  statementId: string;
}

export interface PathInput {
  /** Node ids in order; nodes.length === edges.length + 1. */
  nodes: string[];
  edges: PathEdgeInput[];
  /** Degree of each node, same order as nodes. */
  degrees: number[];
}

export interface ScoredPath extends PathInput {
  sign: number;
  score: number;
  hops: number;
}

export function hubPenalty(degree: number): number {
  return 1 / (1 + Math.log(1 + Math.max(0, degree) / HUB_SCALE));
}

/** Π sign(edge), each taken as -1, 0 or +1: one edge of unknown direction (sign 0) makes the path's sign 0. */
export function pathSign(edges: { sign: number }[]): number {
  if (edges.some((e) => !(e.sign < 0 || e.sign > 0))) return 0;
  return edges.reduce((s, e) => (e.sign < 0 ? -s : s), 1);
}

export function pathScore(edges: { belief: number }[], interiorDegrees: number[]): number {
  const belief = edges.reduce((p, e) => p * e.belief, 1);
  const hubs = interiorDegrees.reduce((p, d) => p * hubPenalty(d), 1);
  return Math.round(belief * hubs * 1e9) / 1e9;
}

export function scorePath(p: PathInput): ScoredPath {
  return {
    ...p,
    sign: pathSign(p.edges),
    score: pathScore(p.edges, p.degrees.slice(1, -1)),
    hops: p.edges.length,
  };
}

/** A simple path visits no node twice. */
export function isSimple(nodes: string[]): boolean {
  return new Set(nodes).size === nodes.length;
}

/** Best first: higher score, then fewer hops, then node ids, then statement ids. */
export function comparePaths(a: ScoredPath, b: ScoredPath): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.hops !== b.hops) return a.hops - b.hops;
  const ka = a.nodes.join('\u0000');
  const kb = b.nodes.join('\u0000');
  if (ka !== kb) return ka < kb ? -1 : 1;
  const sa = a.edges.map((e) => e.statementId).join('\u0000');
  const sb = b.edges.map((e) => e.statementId).join('\u0000');
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function rankPaths(paths: PathInput[], first: number): ScoredPath[] {
  return paths
    .filter((p) => isSimple(p.nodes))
    .map(scorePath)
    .sort(comparePaths)
    .slice(0, first);
}
