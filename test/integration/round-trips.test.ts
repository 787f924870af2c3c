/** DataLoader batching: the number of database round trips must not grow with the number of parents. */
import { expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const GENES = [
  'RAF1',
  'BRAF',
  'KIT',
  'FLT3',
  'RET',
  'FLT1',
  'KDR',
  'FLT4',
  'PDGFRB',
  'PDGFRA',
  'FGFR1',
  'FGFR2',
  'FGFR3',
  'FGFR4',
  'MET',
  'AXL',
  'EGFR',
  'TEK',
  'CAV1',
  'STAT3',
];

function nestedQuery(symbols: string[]): string {
  const fields = symbols.map((s, i) => `g${i}: gene(symbol: "${s}") { ...G }`).join('\n');
  return `query Nested {
    ${fields}
  }
  fragment G on Gene {
    symbol
    targetedBy(first: 20) { edges { node { name } interactionType belief
      statement { id evidence(first: 5) { edges { node { level sentence source { ... on Publication { pmid title } } } } } } } }
  }`;
}

const ctx = useTestApp();

it('20 genes → their drugs → each edge’s evidence costs as many round trips as 2 genes', async () => {
  const small = await gql(ctx.app, nestedQuery(GENES.slice(0, 2)));
  const large = await gql(ctx.app, nestedQuery(GENES));
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  const edges = Object.values(large.data).flatMap((g: any) => g.targetedBy.edges);
  expect(edges.length).toBeGreaterThan(20);
  expect(edges.every((e: any) => e.statement.evidence.edges.length > 0)).toBe(true);
  expect(large.queries).toBe(small.queries);
  expect(large.queries).toBeLessThanOrEqual(6);
});
