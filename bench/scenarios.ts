/**
 * The benchmark's fixed mix. Each scenario names its input (drawn from pools read from the loaded
 * graph, so every request asks about a different real entity) and the GraphQL operation our
 * service answers. The ceiling (bench/ceiling/) and @neo4j/graphql (bench/neo4j-graphql/) servers
 * answer the same input with the same work; their requests are built in their own folders.
 */

import type { BenchPools } from './pools.js';

export type ScenarioName =
  'geneByAlias' | 'nestedTargets' | 'search' | 'neighborhood' | 'resistancePaths' | 'combinationTherapies' | 'survival';

/** The input of one request: which entity it asks about. */
export interface ScenarioInput {
  /** geneByAlias: an alias or symbol; nestedTargets: a gene symbol; search: a typed prefix. */
  text?: string;
  /** neighborhood: an entity id; resistancePaths / combinationTherapies: a drug id. */
  id?: string;
  /** resistancePaths / combinationTherapies: a disease id, or null for any disease. */
  disease?: string | null;
  /** survival: the cohort id; text is the gene id. */
  cohort?: string;
}

export interface Scenario {
  name: ScenarioName;
  /** What the scenario stands for, printed in the report. */
  title: string;
  /** Our GraphQL operation and its variables for one input. */
  ours: { query: string; variables: (input: ScenarioInput) => Record<string, unknown> };
}

const GENE_BY_ALIAS = `query GeneByAlias($symbol: String!) {
  gene(symbol: $symbol) { id symbol name aliases }
}`;

const NESTED_TARGETS = `query NestedTargets($symbol: String!) {
  gene(symbol: $symbol) {
    id symbol
    targetedBy(first: 10) {
      totalCount
      edges {
        node { id name }
        interactionType sign belief
        statement { id evidence(first: 3) { edges { node { id level modelSystem rating } } } }
      }
    }
  }
}`;

const SEARCH = `query Typeahead($query: String!) {
  search(query: $query, first: 10) { score matchType node { id name kind } }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(ids: [$id], depth: 2, limit: 150) {
    truncated
    nodes { entityId kind name depth }
    edges { statementId source target predicate sign belief }
  }
}`;

const RESISTANCE_PATHS = `query ResistancePaths($drug: ID!, $disease: ID) {
  resistancePaths(drug: $drug, disease: $disease, maxHops: 4, first: 10) {
    sign score hops truncated
    nodes { id name }
    edges { source target predicate sign belief }
  }
}`;

const COMBINATIONS = `query Combinations($drug: ID!, $disease: ID) {
  combinationTherapies(drug: $drug, disease: $disease, first: 10) {
    partner { id name }
    basis score bestLevel
    rationale { sign score }
  }
}`;

const SURVIVAL = `query Survival($cohort: ID!, $gene: ID!) {
  cohort(id: $cohort) {
    survival(groupBy: { expression: { gene: $gene, split: MEDIAN } }, endpoint: "OS") {
      cutPoints excluded
      groups { label n events medianSurvival }
      logRank { chiSquare pValue }
      cox { hazardRatio pValue }
    }
  }
}`;

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'geneByAlias',
    title: 'gene lookup by alias',
    ours: { query: GENE_BY_ALIAS, variables: (i) => ({ symbol: i.text }) },
  },
  {
    name: 'nestedTargets',
    title: 'nested target → drugs → evidence',
    ours: { query: NESTED_TARGETS, variables: (i) => ({ symbol: i.text }) },
  },
  { name: 'search', title: 'search typeahead', ours: { query: SEARCH, variables: (i) => ({ query: i.text }) } },
  {
    name: 'neighborhood',
    title: 'neighbourhood depth 2',
    ours: { query: NEIGHBORHOOD, variables: (i) => ({ id: i.id }) },
  },
  {
    name: 'resistancePaths',
    title: 'resistance paths (4 hops)',
    ours: { query: RESISTANCE_PATHS, variables: (i) => ({ drug: i.id, disease: i.disease ?? null }) },
  },
  {
    name: 'combinationTherapies',
    title: 'combination therapies',
    ours: { query: COMBINATIONS, variables: (i) => ({ drug: i.id, disease: i.disease ?? null }) },
  },
  {
    name: 'survival',
    title: 'cohort survival',
    ours: { query: SURVIVAL, variables: (i) => ({ cohort: i.cohort, gene: i.text }) },
  },
];

/** The inputs each scenario cycles through, from the loaded graph. */
export function inputsFor(pools: BenchPools, cohort: string): Record<ScenarioName, ScenarioInput[]> {
  return {
    geneByAlias: pools.aliases.map((text) => ({ text })),
    nestedTargets: pools.targeted.map((text) => ({ text })),
    search: pools.prefixes.map((text) => ({ text })),
    neighborhood: pools.genes.map((id) => ({ id })),
    resistancePaths: pools.drugs.map((d, i) => ({ id: d.id, disease: i % 2 ? d.disease : null })),
    combinationTherapies: pools.drugs.map((d, i) => ({ id: d.id, disease: i % 2 ? d.disease : null })),
    survival: pools.panel.map((text) => ({ text, cohort })),
  };
}

/** A GraphQL response that carries no errors (they arrive with status 200). */
export const noGraphqlErrors = (body: string) => !body.includes('"errors"');

/** Our request bodies for a scenario's inputs. */
export function oursBodies(s: Scenario, inputs: ScenarioInput[]): string[] {
  return inputs.map((i) => JSON.stringify({ query: s.ours.query, variables: s.ours.variables(i) }));
}
