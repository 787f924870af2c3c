/** The ceiling for the lookups: gene by alias, nested targets, search and neighbourhoods. */
import neo4j from 'neo4j-driver';
import { CEILING_GENE_BY_KEY, CEILING_NEIGHBORHOOD_2, CEILING_NESTED_TARGETS, CEILING_SEARCH } from './queries.js';
import { nameKey } from '../../domain/names.js';
import { EXACT_ALIAS, EXACT_PRIMARY, FULLTEXT_MAX, toLuceneQuery } from '../../domain/search.js';
import { assemble, displayLabel, type Candidate, type SubgraphNode } from '../../domain/subgraph.js';
import {
  rows,
  text,
  type Handler,
  type Row,
  TARGETS_FIRST,
  EVIDENCE_FIRST,
  SEARCH_FIRST,
  SEARCH_MAX_QUERY,
  NEIGHBORHOOD_LIMIT,
} from './common.js';

// geneByAlias: gene(symbol) { id symbol name aliases }

export const geneByAlias: Handler = async (tx, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null }; // ours: BAD_USER_INPUT, data { gene: null }
  const [row] = await rows(tx, CEILING_GENE_BY_KEY, { key });
  const g = row?.gene as Row | undefined;
  return { gene: g ? { id: g.id, symbol: g.symbol, name: g.name, aliases: g.aliases } : null };
};

// nestedTargets: gene(symbol) { id symbol targetedBy(first: 10) { totalCount edges { node { id name }
//   interactionType sign belief statement { id evidence(first: 3) { edges { node { id level modelSystem rating } } } } } } }

interface NestedEdge {
  agent: Row;
  interactionType: string | null;
  sign: number;
  belief: number | null;
  statementId: string | null;
  evidence: Row[];
}

export const nestedTargets: Handler = async (tx, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null };
  const [row] = await rows(tx, CEILING_NESTED_TARGETS, {
    key,
    first: neo4j.int(TARGETS_FIRST),
    evidenceFirst: neo4j.int(EVIDENCE_FIRST),
  });
  if (!row) return { gene: null };
  return {
    gene: {
      id: row.id,
      symbol: row.symbol,
      targetedBy: {
        totalCount: row.total,
        edges: (row.edges as NestedEdge[]).map((e) => ({
          node: { id: e.agent.id, name: e.agent.name },
          interactionType: e.interactionType ?? null,
          sign: e.sign,
          belief: e.belief ?? 0,
          statement:
            e.statementId === null
              ? null
              : {
                  id: e.statementId,
                  evidence: {
                    edges: e.evidence.map((ev) => ({
                      node: { id: ev.id, level: ev.level, modelSystem: ev.modelSystem, rating: ev.rating },
                    })),
                  },
                },
        })),
      },
    },
  };
};

// search: search(query, first: 10) { score matchType node { id name kind } }

interface Hit {
  score: number;
  matchType: 'EXACT' | 'FULLTEXT';
  node: { id: string; name: unknown; kind: unknown };
}

export const search: Handler = async (tx, input) => {
  const query = text(input, 'text').trim();
  if (query.length === 0 || query.length > SEARCH_MAX_QUERY) return null; // ours: BAD_USER_INPUT, data null
  const [row] = await rows(tx, CEILING_SEARCH, {
    key: nameKey(query),
    lucene: toLuceneQuery(query),
    exactLimit: neo4j.int(SEARCH_FIRST),
    fulltextLimit: neo4j.int(SEARCH_FIRST * 2),
  });
  const exact = row!.exact as { id: string; name: unknown; kind: unknown; rank: number }[];
  const fulltext = row!.fulltext as { id: string; name: unknown; kind: unknown; score: number }[];
  // The merge of resolvers/search.resolver.ts: exact first, then full-text scaled to FULLTEXT_MAX
  // (ours also picks each hit's matched name, which this operation does not ask for).
  const hits: Hit[] = [];
  const seen = new Set<string>();
  for (const e of exact) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    hits.push({
      score: e.rank === 0 ? EXACT_PRIMARY : EXACT_ALIAS,
      matchType: 'EXACT',
      node: { id: e.id, name: e.name, kind: e.kind },
    });
  }
  const best = Math.max(...fulltext.map((f) => f.score), 1e-9);
  for (const f of fulltext) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const score = Math.round(((FULLTEXT_MAX * f.score) / best) * 1000) / 1000;
    hits.push({ score, matchType: 'FULLTEXT', node: { id: f.id, name: f.name, kind: f.kind } });
  }
  hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1));
  return { search: hits.slice(0, SEARCH_FIRST) };
};

// neighborhood: neighborhood(ids: [$id], depth: 2, limit: 150) { truncated nodes { id kind name depth }
//   edges { id source target predicate sign belief } }

interface HopItem {
  edge: Candidate['edge'];
  node: Row;
}
interface HopRow {
  items: HopItem[];
  degree: number;
}

const info = (n: Row): Omit<SubgraphNode, 'depth'> => ({
  id: n.id as string,
  label: displayLabel(n as { id: string }),
  kind: n.kind as string,
  name: String(n.name ?? n.id),
});

export const neighborhood: Handler = async (tx, input) => {
  const id = text(input, 'id').trim();
  const limit = NEIGHBORHOOD_LIMIT;
  const [row] = await rows(tx, CEILING_NEIGHBORHOOD_2, {
    id,
    minBelief: 0,
    perNode: neo4j.int(limit),
    limit: neo4j.int(limit),
  });
  if (!row) return null; // ours: NOT_FOUND, data null
  const second = new Map((row.second as (HopRow & { id: string })[]).map((r) => [r.id, r]));
  // The walk of resolvers/neighborhood.resolver.ts for depth 2 and one seed.
  const nodeInfo = new Map<string, Omit<SubgraphNode, 'depth'>>();
  const seeds = [{ ...info(row.node as Row), depth: 0 }];
  seeds.forEach((s) => nodeInfo.set(s.id, s));
  const candidates: Candidate[] = [];
  const expanded = new Set([id]);
  let truncated = false;
  let hop: HopRow[] = [row as unknown as HopRow];
  for (let d = 1; d <= 2; d++) {
    const next: string[] = [];
    for (const r of hop) {
      if (r.degree > r.items.length) truncated = true;
      for (const item of r.items) {
        const nid = item.node.id as string;
        candidates.push({ edge: item.edge, depth: d });
        if (!nodeInfo.has(nid)) nodeInfo.set(nid, info(item.node));
        if (!expanded.has(nid)) {
          expanded.add(nid);
          next.push(nid);
        }
      }
    }
    if (d === 2 || next.length === 0) break;
    if (next.length > limit) truncated = true;
    hop = next.slice(0, limit).map((nid) => {
      const r = second.get(nid);
      if (!r) throw new Error(`neighborhood: no second hop for ${nid}`);
      return r;
    });
  }
  const result = assemble(seeds, candidates, nodeInfo, limit);
  return {
    neighborhood: {
      truncated: truncated || result.truncated,
      nodes: result.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, depth: n.depth })),
      edges: result.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        predicate: e.predicate,
        sign: e.sign,
        belief: e.belief,
      })),
    },
  };
};
