/**
 * The breadth-first walk of a neighbourhood (Query.neighborhood), without I/O: the resolver feeds
 * it one hop of rows at a time (db/neighborhood.repo.ts) and it says which ids to expand next.
 * Every node is expanded at most once; a hop expands at most `limit` nodes; `truncated` says that a
 * node had more edges than a hop returned or that a layer had more nodes than a hop expands. The
 * candidates are then cut to the node limit by assemble (domain/subgraph.ts).
 *
 * The last hop reads only what can change the answer. assemble takes the candidates layer by layer,
 * so the nodes it keeps from the earlier layers are known before the last hop: a node outside them
 * is not expanded (every edge from it would be cut, and truncated is already true), and when they
 * fill the limit, only edges between them can still be kept, so the hop may leave the others out
 * (`reach`): a hub's last hop then returns a few edges per node instead of its best `limit`.
 */
import { assemble, displayLabel, type Candidate, type SubgraphEdge, type SubgraphNode } from './subgraph.js';

/** A node as a hop projects it. */
export interface HopNode {
  id: string;
  name: string | null;
  kind: string;
  symbol: string | null;
}

/**
 * One hop from one node: the node (null when unknown), its best edges (those that end in `reach`
 * when the walk gave one), and how many edges there are before that filter, counted at least up
 * to one more than the hop reads (so `degree > items.length` says that edges were left out).
 */
export interface HopRow {
  node: HopNode | null;
  items: { edge: SubgraphEdge; node: HopNode }[];
  degree: number;
}

export type NodeInfo = Omit<SubgraphNode, 'depth'>;

export function nodeInfo(n: HopNode): NodeInfo {
  return { id: n.id, label: displayLabel(n), kind: n.kind, name: String(n.name ?? n.id) };
}

export class NeighborhoodWalk {
  private readonly seeds: SubgraphNode[];
  private readonly info = new Map<string, NodeInfo>();
  private readonly candidates: Candidate[] = [];
  private readonly expanded: Set<string>;
  private truncated = false;
  private hops = 0;
  private keepOnly: string[] | null = null;

  /** seeds: the requested nodes, as the first hop found them. */
  constructor(
    seeds: readonly HopNode[],
    private readonly depth: number,
    private readonly limit: number,
  ) {
    this.seeds = seeds.map((s) => ({ ...nodeInfo(s), depth: 0 }));
    this.seeds.forEach((s) => this.info.set(s.id, s));
    this.expanded = new Set(this.seeds.map((s) => s.id));
  }

  /**
   * Takes the rows of the next hop (the first: the seeds' own rows) and returns the ids whose
   * hop comes next, or null when the walk is over.
   */
  step(rows: readonly HopRow[]): string[] | null {
    const d = ++this.hops;
    const next: string[] = [];
    for (const row of rows) {
      if (row.degree > row.items.length) this.truncated = true;
      for (const item of row.items) {
        this.candidates.push({ edge: item.edge, depth: d });
        if (!this.info.has(item.node.id)) this.info.set(item.node.id, nodeInfo(item.node));
        if (!this.expanded.has(item.node.id)) {
          this.expanded.add(item.node.id);
          next.push(item.node.id);
        }
      }
    }
    if (d >= this.depth || next.length === 0) return null;
    if (next.length > this.limit) this.truncated = true;
    const ids = next.slice(0, this.limit);
    if (d + 1 < this.depth) return ids;
    // The coming hop is the last: only nodes assemble keeps from the layers so far matter.
    const kept = assemble(this.seeds, this.candidates, this.info, this.limit).nodes.map((n) => n.id);
    const inKept = new Set(kept);
    this.keepOnly = kept.length >= this.limit ? kept : null;
    const expand = ids.filter((id) => inKept.has(id));
    return expand.length > 0 ? expand : null;
  }

  /**
   * The ids the coming hop's edges must end at to matter (the other end is the expanded node), or
   * null when any edge may matter. Rows with every edge (no filter) give the same result.
   */
  reach(): string[] | null {
    return this.keepOnly;
  }

  /** The subgraph within the node limit. */
  result(): { nodes: SubgraphNode[]; edges: SubgraphEdge[]; truncated: boolean } {
    const result = assemble(this.seeds, this.candidates, this.info, this.limit);
    return { ...result, truncated: this.truncated || result.truncated };
  }
}
