/** The ceiling for the lookups: gene by alias, nested targets, search and neighbourhoods. */
import neo4j from 'neo4j-driver';
import { CEILING_GENE_BY_KEY, CEILING_NEIGHBORHOOD_2, CEILING_NESTED_TARGETS, CEILING_SEARCH } from './queries.js';
import { nameKey } from '../../domain/names.js';
import { EXACT_ALIAS, EXACT_PRIMARY, FULLTEXT_MAX, toLuceneQuery } from '../../domain/search.js';
import { NeighborhoodWalk, type HopNode, type HopRow } from '../../domain/neighborhood.js';
import { subgraphView } from '../../domain/subgraph.js';
import {
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

export const geneByAlias: Handler = async (read, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null }; // ours: BAD_USER_INPUT, data { gene: null }
  const [row] = await read(CEILING_GENE_BY_KEY, { key });
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

export const nestedTargets: Handler = async (read, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null };
  const [row] = await read(CEILING_NESTED_TARGETS, {
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

export const search: Handler = async (read, input) => {
  const query = text(input, 'text').trim();
  if (query.length === 0 || query.length > SEARCH_MAX_QUERY) return null; // ours: BAD_USER_INPUT, data null
  const [row] = await read(CEILING_SEARCH, {
    key: nameKey(query),
    lucene: toLuceneQuery(query),
    exactLimit: neo4j.int(SEARCH_FIRST),
    fulltextLimit: neo4j.int(SEARCH_FIRST * 2),
  });
  return { search: mergeSearch(row!.exact as ExactHit[], row!.fulltext as FulltextHit[]) };
};

type ExactHit = { id: string; name: unknown; kind: unknown; rank: number };
type FulltextHit = { id: string; name: unknown; kind: unknown; score: number };

/**
 * The merge of resolvers/search.resolver.ts: exact first, then full-text scaled to FULLTEXT_MAX
 * (ours also picks each hit's matched name, which this operation does not ask for). The
 * @neo4j/graphql answers are merged with it too (bench/neo4j-graphql/answers.ts).
 */
export function mergeSearch(exact: ExactHit[], fulltext: FulltextHit[]): Hit[] {
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
  return hits.slice(0, SEARCH_FIRST);
}

// neighborhood: neighborhood(ids: [$id], depth: 2, limit: 150) { truncated nodes { entityId kind name depth }
//   edges { statementId source target predicate sign belief } }

export const neighborhood: Handler = async (read, input) => {
  const id = text(input, 'id').trim();
  const limit = NEIGHBORHOOD_LIMIT;
  const found = (await read(CEILING_NEIGHBORHOOD_2, {
    id,
    minBelief: 0,
    perNode: neo4j.int(limit),
    limit: neo4j.int(limit),
  })) as unknown as (HopRow & { node: HopNode })[];
  const [row, ...second] = found;
  if (!row) return null; // ours: NOT_FOUND, data null
  // The walk of resolvers/neighborhood.resolver.ts (domain/neighborhood.ts) for depth 2 and one seed.
  const walk = new NeighborhoodWalk([row.node], 2, limit);
  const next = walk.step([row]);
  if (next) {
    // The query expanded the same ids in the same order.
    if (second.length !== next.length) throw new Error(`neighborhood: ${second.length} second hops for ${next.length}`);
    walk.step(second);
  }
  return neighborhoodAnswer(walk);
};

/** A finished walk as the API's `neighborhood` answer (the fields the benchmark asks for). */
export function neighborhoodAnswer(walk: NeighborhoodWalk) {
  const result = subgraphView(walk.result());
  return {
    neighborhood: {
      truncated: result.truncated,
      nodes: result.nodes.map((n) => ({ entityId: n.entityId, kind: n.kind, name: n.name, depth: n.depth })),
      edges: result.edges.map((e) => ({
        statementId: e.statementId,
        source: e.source,
        target: e.target,
        predicate: e.predicate,
        sign: e.sign,
        belief: e.belief,
      })),
    },
  };
}
