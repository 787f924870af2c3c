/**
 * The best resistance paths without enumerating them all (docs/ranking.md).
 *
 * Every resistance path ends in a CONFERS_RESISTANCE_TO edge into the drug (a "seed" path of one
 * hop), and every longer path is a shorter one extended backwards by one REGULATES or TARGETS edge
 * into its first node. Extending never ranks a path higher under `comparePaths`: the new edge's
 * belief (≤ 1) and the hub penalty of the old first node, now interior (≤ 1), can only lower the
 * score, and the hop count grows. So a best-first search that pops the best partial path from a
 * priority queue and pushes its extensions pops paths in exactly the order `rankPaths` would sort
 * them all into: the first k pops are the k best paths, found by expanding at most k − 1 nodes
 * instead of every path up to maxHops.
 *
 * A path's first node does not count in its score (only interior nodes carry a hub penalty), so
 * its degree is read only when the node is expanded; until then `degrees[0]` is 0.
 *
 * Expanding a node asks the database for its incoming edges, best belief first; `perNode` bounds
 * how many are read (a hub has thousands). Nodes are fetched in batches: the popped path's first
 * node and those of the next best queued paths, so a search makes a few round trips, not k.
 *
 * The extensions of one path (its "siblings") differ only in their new edge, so they rank among
 * themselves as their scores, new source ids and new statement ids do. They are scored as numbers
 * and sorted once, and only the best is queued; popping one queues the next. The queue then pops
 * the same paths in the same order as with every extension queued, but builds only the paths it
 * comes near to popping (a hub has hundreds of extensions, of which a search pops a few).
 */
import TinyQueue from 'tinyqueue';
import { comparePaths, hubPenalty, pathSign, type PathEdgeInput, type ScoredPath } from './paths.js';

export interface Expansion {
  /** Degree of the expanded node (its hub penalty applies once it is interior). */
  degree: number;
  /** Its incoming edges, best belief first (at most `perNode`). */
  edges: PathEdgeInput[];
}

export interface BestPathsOptions {
  maxHops: number;
  /** How many paths to return. */
  first: number;
  /** Most nodes fetched per round trip. */
  batch?: number;
}

/**
 * The `first` best paths, best first. `seeds` are the one-hop resistance paths; `expand` returns
 * each requested node's expansion (a node missing from the map has no incoming edges).
 */
export async function bestPaths(
  seeds: ScoredPath[],
  expand: (ids: string[]) => Promise<Map<string, Expansion>>,
  o: BestPathsOptions,
): Promise<{ paths: ScoredPath[]; expanded: number; roundTrips: number }> {
  const queue = new TinyQueue<ScoredPath>([...seeds], comparePaths);
  const cache = new Map<string, Expansion>();
  /** The siblings still to be queued after a queued extension, and the path they extend. */
  const nextOf = new Map<ScoredPath, Siblings>();
  const out: ScoredPath[] = [];
  const batch = o.batch ?? 32;
  let roundTrips = 0;
  while (queue.length > 0 && out.length < o.first) {
    const path = queue.pop()!;
    out.push(path);
    const rest = nextOf.get(path);
    if (rest) {
      nextOf.delete(path);
      queueNext(queue, nextOf, rest);
    }
    if (path.hops >= o.maxHops || out.length >= o.first) continue;
    const head = path.nodes[0]!;
    if (!cache.has(head)) {
      // Fetch this node and the first nodes of the next best queued paths that may be expanded.
      const wanted = new Set([head]);
      for (let i = 0; i < queue.data.length && i < batch * 4 && wanted.size < batch; i++) {
        const p = queue.data[i]!;
        if (p.hops < o.maxHops && !cache.has(p.nodes[0]!)) wanted.add(p.nodes[0]!);
      }
      const fetched = await expand([...wanted]);
      roundTrips++;
      for (const id of wanted) cache.set(id, fetched.get(id) ?? { degree: 0, edges: [] });
    }
    const { degree, edges } = cache.get(head)!;
    queueNext(queue, nextOf, { path, degree, ranked: rankExtensions(path, degree, edges), at: 0 });
  }
  return { paths: out, expanded: cache.size, roundTrips };
}

interface Siblings {
  path: ScoredPath;
  /** Degree of the path's first node, interior in every extension. */
  degree: number;
  /** The extensions' new edges, best extension first, with their scores. */
  ranked: { edge: PathEdgeInput; score: number }[];
  /** The next one to queue. */
  at: number;
}

/** Queues the next extension of `s`, remembering the ones after it. */
function queueNext(queue: TinyQueue<ScoredPath>, nextOf: Map<ScoredPath, Siblings>, s: Siblings): void {
  const next = s.ranked[s.at];
  if (!next) return;
  s.at++;
  const { path, degree } = s;
  const extended: ScoredPath = {
    // The new first node's degree is not needed until it is interior, and expanding it reads it.
    nodes: [next.edge.source, ...path.nodes],
    edges: [next.edge, ...path.edges],
    degrees: [0, degree, ...path.degrees.slice(1)],
    sign: pathSign([next.edge, ...path.edges]),
    score: next.score,
    hops: path.hops + 1,
  };
  queue.push(extended);
  if (s.at < s.ranked.length) nextOf.set(extended, s);
}

/**
 * The simple extensions of `path` by `edges` into its first node, as comparePaths ranks them:
 * score, then (hops and the rest of the path being equal) the new source id, then the new
 * statement id. Each score is pathScore's, computed without building the path: the same products
 * in the same order, so the same number.
 */
function rankExtensions(path: ScoredPath, degree: number, edges: readonly PathEdgeInput[]) {
  const onPath = new Set(path.nodes);
  let hubs = hubPenalty(degree);
  for (let i = 1; i < path.degrees.length - 1; i++) hubs *= hubPenalty(path.degrees[i]!);
  const ranked: { edge: PathEdgeInput; score: number }[] = [];
  for (const edge of edges) {
    if (onPath.has(edge.source)) continue; // simple paths only
    let belief = 1 * edge.belief;
    for (const e of path.edges) belief *= e.belief;
    ranked.push({ edge, score: Math.round(belief * hubs * 1e9) / 1e9 });
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.edge.source < b.edge.source ? -1 : a.edge.source > b.edge.source ? 1 : 0) ||
      (a.edge.statementId < b.edge.statementId ? -1 : a.edge.statementId > b.edge.statementId ? 1 : 0),
  );
}
