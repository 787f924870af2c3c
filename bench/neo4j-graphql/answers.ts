/**
 * The @neo4j/graphql baseline's answers in the shape of ours (bench/scenarios.ts), so that the
 * benchmark can check them against our `data` as it checks the ceiling's. What the library leaves
 * to the client (search's merge, the neighbourhood's 150-node assembly) is done here with the same
 * functions the ceiling uses. Null for scenarios it does not express (requests.ts).
 */
import { mergeSearch, neighborhoodAnswer } from '../ceiling/lookups.js';
import { NeighborhoodWalk, type HopNode, type HopRow } from '../../domain/neighborhood.js';
import type { ScenarioName } from '../scenarios.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the baseline's JSON, read field by field */
type Json = any;

const edgesOf = (conn: Json): Json[] => conn?.edges ?? [];

function gene(data: Json): Json {
  return edgesOf(data?.synonyms?.[0]?.genesConnection)[0]?.node ?? null;
}

/** One hop as ours reads it, from a neighboursConnection. */
function hop(node: Json): HopRow & { node: HopNode } {
  const conn = node.neighboursConnection;
  return {
    node: { id: node.id, name: node.name, kind: node.kind, symbol: node.symbol },
    degree: conn?.totalCount ?? 0,
    items: edgesOf(conn).map((e) => {
      const p = e.properties;
      return {
        edge: {
          id: p.statementId,
          source: p.ends.source,
          target: p.ends.target,
          predicate: p.ends.predicate,
          sign: p.sign,
          belief: p.belief,
          evidenceCount: p.evidenceCount ?? 0,
        },
        node: { id: e.node.id, name: e.node.name, kind: e.node.kind, symbol: e.node.symbol },
      };
    }),
  };
}

function neighborhood(data: Json, limit: number): Json {
  const seed = data?.entities?.[0];
  if (!seed) return null;
  const first = hop(seed);
  const walk = new NeighborhoodWalk([first.node], 2, limit);
  const next = walk.step([first]);
  if (next) {
    // A neighbour reached by several edges comes back once per edge, each with its own second level.
    const second = new Map<string, HopRow>(edgesOf(seed.neighboursConnection).map((e) => [e.node.id, hop(e.node)]));
    walk.step(next.map((id) => second.get(id)!));
  }
  return neighborhoodAnswer(walk);
}

/** The baseline's `data` for a scenario, as our `data`; `limit` is the neighbourhood's node limit. */
export function asOurData(name: ScenarioName, data: Json, limit: number): unknown {
  switch (name) {
    case 'geneByAlias': {
      const g = gene(data);
      return { gene: g && { id: g.id, symbol: g.symbol, name: g.name, aliases: g.aliases } };
    }
    case 'nestedTargets': {
      const g = gene(data);
      if (!g) return { gene: null };
      const conn = g.targetedByConnection;
      return {
        gene: {
          id: g.id,
          symbol: g.symbol,
          targetedBy: {
            totalCount: conn.totalCount,
            edges: edgesOf(conn).map((e) => ({
              node: { id: e.node.id, name: e.node.name },
              interactionType: e.properties.interactionType ?? null,
              sign: e.properties.sign,
              belief: e.properties.belief ?? 0,
              statement: e.properties.statement && {
                id: e.properties.statement.id,
                evidence: { edges: edgesOf(e.properties.statement.evidenceConnection).map((x) => ({ node: x.node })) },
              },
            })),
          },
        },
      };
    }
    case 'search': {
      const exact = edgesOf(data?.synonyms?.[0]?.namesConnection).map((e) => ({ ...e.node, rank: e.properties.rank }));
      const fulltext = edgesOf(data?.entitySearch).map((e) => ({ ...e.node, score: e.score }));
      return { search: mergeSearch(exact, fulltext) };
    }
    case 'neighborhood':
      return neighborhood(data, limit);
    default:
      return null;
  }
}
