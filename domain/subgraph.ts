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

/**
 * The subgraph as the API returns it (schema/subgraph.type.ts): a node's entity id is `entityId` and
 * an edge's statement id `statementId`, never `id`, so that a cache normalising by `id` alone (Relay)
 * never files a subgraph element under an entity's or a statement's id; `source` and `target` are
 * entity ids, equal to the `entityId` of nodes in the same subgraph.
 */
export interface SubgraphView {
  nodes: (Omit<SubgraphNode, 'id'> & { entityId: string })[];
  edges: (Omit<SubgraphEdge, 'id'> & { statementId: string })[];
  truncated: boolean;
}

export function subgraphView(g: { nodes: SubgraphNode[]; edges: SubgraphEdge[]; truncated: boolean }): SubgraphView {
  return {
    nodes: g.nodes.map(({ id, ...rest }) => ({ entityId: id, ...rest })),
    edges: g.edges.map(({ id, ...rest }) => ({ statementId: id, ...rest })),
    truncated: g.truncated,
  };
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
