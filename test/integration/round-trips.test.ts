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

it('fetches the evidence pages a request reads under edges with the edges: name lookup, edges, sources', async () => {
  const r = await gql(ctx.app, nestedQuery(GENES));
  expect(r.errors).toBeUndefined();
  // One query finds the genes with their drug edges, statements and evidence pages, one the
  // publications the evidence cites.
  expect(r.queries).toBe(2);
  // The same page fetched the usual way (no look-ahead: two different evidence selections) agrees.
  const plain = await gql(
    ctx.app,
    `{ gene(symbol: "FGFR4") { targetedBy(first: 20) { edges { statement { a: evidence(first: 5) { totalCount edges { cursor node { id } } }
       b: evidence(first: 1) { totalCount } } } } } }`,
  );
  const ahead = await gql(
    ctx.app,
    `{ gene(symbol: "FGFR4") { targetedBy(first: 20) { edges { statement { a: evidence(first: 5) { totalCount edges { cursor node { id } } } } } } } }`,
  );
  const pages = (x: any) => x.data.gene.targetedBy.edges.map((e: any) => e.statement.a);
  expect(pages(ahead)).toEqual(pages(plain));
  expect(ahead.queries).toBeLessThan(plain.queries);
});

const TARGETS = `targetedBy(first: 5, minBelief: 0.1) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id name } belief statement { id evidence(first: 2) { totalCount edges { node { id level } } } } } }`;

it('a lookup by name reads the edge page its selection asks for in the same round trip, with the same answer', async () => {
  const byName = await gql(ctx.app, `{ gene(symbol: "FGFR4") { id ${TARGETS} } }`);
  expect(byName.errors).toBeUndefined();
  expect(byName.queries).toBe(1);
  // By id there is no look-ahead: a lookup, then the page.
  const byId = await gql(ctx.app, `{ gene(id: "${byName.data.gene.id}") { id ${TARGETS} } }`);
  expect(byId.queries).toBe(2);
  expect(byName.data).toEqual(byId.data);
  expect(byName.data.gene.targetedBy.edges.length).toBeGreaterThan(0);
  // The next page (a cursor of this gene's list) is read the usual way and continues the first.
  const cursor = byName.data.gene.targetedBy.pageInfo.endCursor;
  const next = await gql(
    ctx.app,
    `{ gene(symbol: "FGFR4") { targetedBy(first: 5, minBelief: 0.1, after: "${cursor}") { edges { node { id } } } } }`,
  );
  expect(next.errors).toBeUndefined();
  expect(next.queries).toBe(2);
  // An unknown name is null, in one round trip.
  const unknown = await gql(ctx.app, `{ gene(symbol: "NO-SUCH-GENE-XYZ") { id ${TARGETS} } }`);
  expect(unknown).toMatchObject({ data: { gene: null }, queries: 1 });
  // Arguments the field refuses are refused as before.
  const bad = await gql(ctx.app, `{ gene(symbol: "FGFR4") { targetedBy(first: 5, minBelief: 2) { totalCount } } }`);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
