/**
 * The `@neo4j/graphql` operation for each benchmark scenario (bench/scenarios.ts), doing the work
 * our operation does: the same entity resolution (a name through its Synonym key, an id through
 * the id index), the same fields, orders, page sizes and limits. Null where the library cannot.
 */
import { nameKey } from '../../domain/names.js';
import { toLuceneQuery } from '../../domain/search.js';
import type { ScenarioInput, ScenarioName } from '../scenarios.js';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Ours: the best gene for the name key (rank, then id), db/entity.repo.ts BEST_ENTITY_BY_NAME_KEY. */
const GENE_BY_ALIAS = `query GeneByAlias($key: String!) {
  synonyms(where: { key: { eq: $key } }) {
    genesConnection(first: 1, sort: [{ edge: { rank: ASC } }, { node: { id: ASC } }]) {
      edges { node { id symbol name aliases } }
    }
  }
}`;

/**
 * Ours: gene by name key; its TARGETS in-edges by belief, drug id, statement id (first 10, with the
 * total); each edge's statement by id; its evidence (SUPPORTS or REFUTES) oldest first, first 3.
 */
const NESTED_TARGETS = `query NestedTargets($key: String!) {
  synonyms(where: { key: { eq: $key } }) {
    genesConnection(first: 1, sort: [{ edge: { rank: ASC } }, { node: { id: ASC } }]) {
      edges {
        node {
          id symbol
          targetedByConnection(
            first: 10
            sort: [{ edge: { belief: DESC } }, { node: { id: ASC } }, { edge: { statementId: ASC } }]
          ) {
            totalCount
            edges {
              node { id name }
              properties {
                interactionType sign belief
                statement {
                  id
                  evidenceConnection(first: 3, sort: [{ node: { createdAt: ASC } }, { node: { id: ASC } }]) {
                    edges { node { id level modelSystem rating } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

/**
 * Ours: exact matches of the name key (rank, id; 10) and the full-text index (20 = 2 × first),
 * merged and scored in JS (left to the client here).
 */
const SEARCH = `query Typeahead($key: String!, $lucene: String!) {
  synonyms(where: { key: { eq: $key } }) {
    namesConnection(first: 10, sort: [{ edge: { rank: ASC } }, { node: { id: ASC } }]) {
      edges { properties { rank text } node { id name kind } }
    }
  }
  entitySearch(phrase: $lucene, first: 20, sort: [{ score: DESC }]) {
    edges { score node { id name kind } }
  }
}`;

/** Exact matches only, for text that leaves no full-text terms (ours then skips the index too). */
const SEARCH_EXACT = `query TypeaheadExact($key: String!) {
  synonyms(where: { key: { eq: $key } }) {
    namesConnection(first: 10, sort: [{ edge: { rank: ASC } }, { node: { id: ASC } }]) {
      edges { properties { rank text } node { id name kind } }
    }
  }
}`;

/** Ours: per node (seed, then each depth-1 neighbour) its 150 highest-belief relationships and degree. */
const LIMIT = 150;
const EDGE_FIELDS = `properties { statementId sign belief evidenceCount ends { source target predicate } }`;
const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind symbol
    neighboursConnection(first: ${LIMIT}, sort: [{ edge: { belief: DESC } }, { edge: { statementId: ASC } }]) {
      totalCount
      edges {
        ${EDGE_FIELDS}
        node {
          id name kind symbol
          neighboursConnection(first: ${LIMIT}, sort: [{ edge: { belief: DESC } }, { edge: { statementId: ASC } }]) {
            totalCount
            edges { ${EDGE_FIELDS} node { id name kind symbol } }
          }
        }
      }
    }
  }
}`;

export const NEO4J_GRAPHQL_EXPRESSES: Record<ScenarioName, string> = {
  geneByAlias:
    'Synonym {key: nameKey(text)} → NAMES → Gene connection (first 1, rank then id): the same lookup as ours.',
  nestedTargets:
    'Synonym key → Gene → targetedByConnection (TARGETS in, first 10, belief/id/statementId, totalCount) → edge @cypher `statement` by statementId → evidenceConnection over SUPPORTS|REFUTES (first 3, createdAt/id).',
  search:
    'Synonym key → NAMES connection (first 10, rank/id) plus the @fulltext query on entity_search with our Lucene string (first 20 by score); the merge and 100/90/80 scoring are left to the client. The library applies the limit after db.index.fulltext.queryNodes, not as its {limit} option.',
  neighborhood:
    'Entity by id → neighboursConnection (every predicate, either direction, via disableRelationshipTypeEscaping; first 150 by belief, totalCount) → the same for each neighbour; edge type and ends are @cypher fields. Returns the raw two levels: the 150-node assembly (domain/subgraph.ts) is left to the client, and a neighbour reached twice is expanded twice.',
  resistancePaths:
    'Not expressed: ours is a best-first search (domain/best-paths.ts) that reads the edges of a few nodes per round trip and chooses in JavaScript which to expand next; one @cypher statement cannot, and a @cypher enumeration of every path (as this baseline once had) compares algorithms, not GraphQL layers.',
  combinationTherapies:
    'Not expressed: candidates come from three queries (evidence-backed combinations, all resistance paths, agents targeting positive path starts) merged by the multi-step JS ranking of domain/combinations.ts; a @cypher field would be a second implementation of our domain logic, not the library.',
  survival:
    'Not expressed: Kaplan-Meier, log-rank and Cox regression are computed in JS (domain/survival.ts, domain/cox.ts); Cypher cannot do the same work.',
};

export function neo4jGraphqlRequest(name: ScenarioName, input: ScenarioInput): GraphqlRequest | null {
  switch (name) {
    case 'geneByAlias':
      return { query: GENE_BY_ALIAS, variables: { key: nameKey(input.text ?? '') } };
    case 'nestedTargets':
      return { query: NESTED_TARGETS, variables: { key: nameKey(input.text ?? '') } };
    case 'search': {
      const text = (input.text ?? '').trim();
      const lucene = toLuceneQuery(text);
      return lucene
        ? { query: SEARCH, variables: { key: nameKey(text), lucene } }
        : { query: SEARCH_EXACT, variables: { key: nameKey(text) } };
    }
    case 'neighborhood':
      return { query: NEIGHBORHOOD, variables: { id: (input.id ?? '').trim() } };
    case 'resistancePaths':
    case 'combinationTherapies':
    case 'survival':
      return null;
  }
}
