/** The neighbourhood walk and its assembly under a node limit, on small graphs written out here. */
import { describe, expect, it } from 'vitest';
import { NeighborhoodWalk, type HopNode, type HopRow } from '../../domain/neighborhood.js';
import { assemble, type SubgraphEdge } from '../../domain/subgraph.js';

const node = (id: string): HopNode => ({ id, name: `${id} name`, kind: 'GENE', symbol: id });
const edge = (source: string, target: string, belief: number): SubgraphEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  predicate: 'REGULATES',
  sign: 1,
  belief,
  evidenceCount: 1,
});

/** A graph as adjacency, and one hop over it as the database answers it (best first, at most perNode). */
const GRAPH: SubgraphEdge[] = [
  edge('A', 'B', 0.9),
  edge('A', 'C', 0.5),
  edge('B', 'D', 0.8),
  edge('C', 'D', 0.4),
  edge('D', 'E', 0.7),
];
function hop(ids: string[], perNode: number, reach: string[] | null = null, graph = GRAPH): HopRow[] {
  return ids.map((id) => {
    const all = graph.filter((e) => e.source === id || e.target === id).sort((a, b) => b.belief - a.belief);
    const items = all.slice(0, perNode).map((e) => ({ edge: e, node: node(e.source === id ? e.target : e.source) }));
    return { node: node(id), items: items.filter((i) => !reach || reach.includes(i.node.id)), degree: all.length };
  });
}
/** The walk as the resolver drives it; `filtered` false: every hop returns all its edges. */
function walk(seeds: string[], depth: number, limit: number, filtered = true, graph = GRAPH) {
  const w = new NeighborhoodWalk(seeds.map(node), depth, limit);
  const hops: string[][] = [];
  const reaches: (string[] | null)[] = [];
  for (let next = w.step(hop(seeds, limit, null, graph)); next;) {
    hops.push(next);
    reaches.push(w.reach());
    next = w.step(hop(next, limit, filtered ? w.reach() : null, graph));
  }
  return { ...w.result(), hops, reaches };
}

describe('NeighborhoodWalk', () => {
  it('depth 1: the seeds and their neighbours, no further hop', () => {
    const r = walk(['A'], 1, 10);
    expect(r.hops).toEqual([]);
    expect(r.nodes.map((n) => [n.id, n.depth, n.label])).toEqual([
      ['A', 0, 'A'],
      ['B', 1, 'B'],
      ['C', 1, 'C'],
    ]);
    expect(r.edges.map((e) => e.id)).toEqual(['A>B', 'A>C']);
    expect(r.truncated).toBe(false);
  });

  it('expands each node once, breadth first', () => {
    const r = walk(['A'], 3, 10);
    expect(r.hops).toEqual([['B', 'C'], ['D']]);
    expect(r.nodes.map((n) => `${n.id}${n.depth}`)).toEqual(['A0', 'B1', 'C1', 'D2', 'E3']);
    expect(r.edges).toHaveLength(5);
    expect(r.truncated).toBe(false);
  });

  it('says truncated when a node has more edges than a hop returns', () => {
    const r = walk(['A'], 1, 1);
    expect(r.nodes.map((n) => n.id)).toEqual(['A']);
    expect(r.truncated).toBe(true);
  });

  it('stops when nothing new is reachable', () => {
    expect(walk(['E'], 3, 10).hops).toEqual([['D'], ['B', 'C']]);
    expect(walk(['A', 'B', 'C', 'D', 'E'], 3, 10).hops).toEqual([]);
  });
});

describe('the last hop', () => {
  /** A hub H with five neighbours, each with edges to its own leaves and one to another neighbour. */
  const HUB: SubgraphEdge[] = [
    ...['a', 'b', 'c', 'd', 'e'].map((n, i) => edge('H', n, 0.9 - i / 10)),
    edge('a', 'b', 0.85),
    edge('c', 'e', 0.95),
    edge('d', 'a', 0.2),
    ...['a', 'b', 'c', 'd', 'e'].flatMap((n) => [1, 2, 3].map((k) => edge(n, `${n}${k}`, 0.5 + k / 10))),
  ];

  it('expands only the nodes the limit keeps and, when they fill it, reads only edges between them', () => {
    const r = walk(['H'], 2, 4, true, HUB);
    expect(r.hops).toEqual([['a', 'b', 'c']]);
    expect(r.reaches).toEqual([['H', 'a', 'b', 'c']]);
    expect(r.nodes.map((n) => n.id)).toEqual(['H', 'a', 'b', 'c']);
    expect(r.edges.map((e) => e.id)).toEqual(['H>a', 'H>b', 'H>c', 'a>b']);
    expect(r.truncated).toBe(true);
  });

  it('gives the same subgraph as a walk whose last hop reads every edge', () => {
    for (const limit of [1, 2, 4, 6, 7, 9, 20])
      for (const depth of [1, 2, 3]) {
        const { nodes, edges, truncated } = walk(['H'], depth, limit, true, HUB);
        const all = walk(['H'], depth, limit, false, HUB);
        expect({ nodes, edges, truncated }).toEqual({ nodes: all.nodes, edges: all.edges, truncated: all.truncated });
      }
  });

  it('reads every edge while the limit leaves room for new nodes', () => {
    const r = walk(['H'], 2, 30, true, HUB);
    expect(r.reaches).toEqual([null]);
    expect(r.nodes).toHaveLength(6 + 15);
    expect(r.truncated).toBe(false);
  });
});

describe('assemble', () => {
  it('keeps the best edges whose ends fit the limit, layer by layer, and every edge has both ends', () => {
    const info = new Map(['A', 'B', 'C', 'D'].map((id) => [id, { id, label: id, kind: 'GENE', name: id }]));
    const r = assemble(
      [{ id: 'A', label: 'A', kind: 'GENE', name: 'A', depth: 0 }],
      [
        { edge: edge('A', 'C', 0.5), depth: 1 },
        { edge: edge('A', 'B', 0.9), depth: 1 },
        { edge: edge('B', 'D', 0.99), depth: 2 },
        { edge: edge('A', 'B', 0.9), depth: 2 },
      ],
      info,
      2,
    );
    expect(r.nodes.map((n) => n.id)).toEqual(['A', 'B']);
    expect(r.edges.map((e) => e.id)).toEqual(['A>B']);
    expect(r.truncated).toBe(true);
  });
});
