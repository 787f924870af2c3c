/**
 * Assembling a neighbourhood subgraph within a node limit (docs/api.md): breadth-first layers,
 * and within a layer the highest-belief edges first. An edge is kept while both its ends fit under
 * the limit; `truncated` says that something was left out. Every kept edge has both ends in nodes.
 */
export interface SubgraphNode {
  id: string;
  label: string;
  kind: string;
  name: string;
  depth: number;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
  sign: number;
  belief: number;
  evidenceCount: number;
}

export interface Candidate {
  edge: SubgraphEdge;
  depth: number;
}

export function displayLabel(node: { symbol?: unknown; name?: unknown; id: string }): string {
  return String(node.symbol ?? node.name ?? node.id);
}

export function assemble(
  seeds: SubgraphNode[],
  candidates: Candidate[],
  nodeInfo: Map<string, Omit<SubgraphNode, 'depth'>>,
  limit: number,
): { nodes: SubgraphNode[]; edges: SubgraphEdge[]; truncated: boolean } {
  const nodes = new Map<string, SubgraphNode>();
  for (const s of seeds.slice(0, limit)) nodes.set(s.id, s);
  let truncated = seeds.length > limit;
  const edges = new Map<string, SubgraphEdge>();
  const ordered = [...candidates].sort(
    (a, b) =>
      a.depth - b.depth ||
      b.edge.belief - a.edge.belief ||
      (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0),
  );
  for (const { edge, depth } of ordered) {
    if (edges.has(edge.id)) continue;
    const missing = [edge.source, edge.target].filter((id) => !nodes.has(id));
    if (nodes.size + missing.length > limit) {
      truncated = true;
      continue;
    }
    for (const id of missing) {
      const info = nodeInfo.get(id);
      if (!info) continue;
      nodes.set(id, { ...info, depth });
    }
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
