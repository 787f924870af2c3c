/** Query limits (server/limits.ts), computed on the committed schema without a database. */
import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS } from '../../domain/config.js';
import { checkLimits, checkQuerySize, type Limits } from '../../server/limits.js';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

/** The error message checkLimits raises, or null when the operation is within the limits. */
function refusal(query: string, variables: Record<string, unknown> = {}, limits: Partial<Limits> = {}): string | null {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  try {
    checkLimits(schema, doc, op, variables, { ...CONFIG_DEFAULTS.limits, ...limits });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions.code).toBe('QUERY_TOO_COMPLEX');
    return (err as Error).message;
  }
}

/** The estimated cost, read off the refusal at a cost limit of 1. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const m = /estimated cost (\d+)/.exec(refusal(query, variables, { maxCost: 1 }) ?? '');
  return m ? Number(m[1]) : 1;
}

describe('query limits', () => {
  it('counts root fields and aliases, including those inside fragments', () => {
    const roots = Array.from({ length: 3 }, (_, i) => `g${i}: gene(symbol: "CAV${i}") { id }`).join(' ');
    expect(refusal(`{ ${roots} }`, {}, { maxRootFields: 2 })).toMatch(/3 root fields; at most 2/);
    expect(refusal(`{ ${roots} }`, {}, { maxRootFields: 3 })).toBeNull();
    const viaFragment = `query { gene(symbol: "CAV1") { ...F } } fragment F on Gene { a: id b: name c: symbol }`;
    expect(refusal(viaFragment, {}, { maxAliases: 2 })).toMatch(/3 aliases; at most 2/);
  });

  it('measures depth through nested selections', () => {
    const q = `{ gene(symbol: "CAV1") { targetedBy(first: 1) { edges { node { id } } } } }`;
    expect(refusal(q, {}, { maxDepth: 4 })).toMatch(/query depth 5; at most 4/);
    expect(refusal(q, {}, { maxDepth: 5 })).toBeNull();
  });

  it('multiplies what a page selects by the page size asked for, from literals or variables', () => {
    const page = (first: string) =>
      `query($n: Int) { gene(symbol: "FGFR4") { targetedBy(first: ${first}) { edges { node { id name } } } } }`;
    const ten = cost(page('10'));
    const hundred = cost(page('100'));
    expect(hundred).toBeGreaterThan(ten * 5);
    expect(cost(page('$n'), { n: 100 })).toBe(hundred);
  });

  it('weighs traversals above plain lookups, and refuses a costly nesting before it runs', () => {
    expect(cost(`{ resistancePaths(drug: "sorafenib") { score } }`)).toBeGreaterThan(
      cost(`{ drug(name: "sorafenib") { id } }`) * 50,
    );
    const nested = `{ drug(name: "sorafenib") { targets(first: 100) { edges { node { ... on Gene { targetedBy(first: 100) { edges { node { ... on Drug { targets(first: 100) { edges { node { id } } } } } } } } } } } } }`;
    expect(refusal(nested)).toMatch(/estimated cost \d+; at most 50000/);
    // Paging backward costs as much as paging forward.
    expect(refusal(nested.replaceAll('first:', 'last:'))).toMatch(/estimated cost \d+; at most 50000/);
  });

  it('multiplies what a ranked list selects by its first, whatever its after', () => {
    for (const field of ['resistancePaths(drug: "sorafenib"', 'paths(from: "miR-7", to: "sorafenib"']) {
      const q = (first: number, after = '') => `{ ${field}, first: ${first}${after}) { score nodes { id name } } }`;
      const perItem = cost(q(2)) - cost(q(1));
      expect(perItem).toBeGreaterThan(1);
      expect(cost(q(100)) - cost(q(1))).toBe(99 * perItem);
      expect(cost(q(100, ', after: "c"'))).toBe(cost(q(100)));
    }
    const combos = (first: number) =>
      `{ combinationTherapies(drug: "sorafenib", first: ${first}) { score partner { id } } }`;
    expect(cost(combos(100)) - cost(combos(1))).toBe(99 * (cost(combos(2)) - cost(combos(1))));
    expect(cost(combos(2))).toBeGreaterThan(cost(combos(1)));
  });

  it('measures a fragment spread many times once, so fragment bombs stay cheap to check', () => {
    const spreads = Array.from({ length: 20 }, () => '...F').join(' ');
    const q = `query { gene(symbol: "CAV1") { ${spreads} } } fragment F on Gene { id name }`;
    expect(refusal(q)).toBeNull();
  });
});

describe('limits that hold', () => {
  it('costs a variable the client did not send at its declared default', () => {
    const page = (decl: string) =>
      `query(${decl}) { gene(symbol: "FGFR4") { targetedBy(first: $n) { edges { node { id name } } } } }`;
    const hundred = cost(page('$n: Int'), { n: 100 });
    expect(cost(page('$n: Int = 100'))).toBe(hundred);
    expect(cost(page('$n: Int = 100'), { n: 2 })).toBeLessThan(hundred);
  });

  it('counts root fields inside inline fragments and fragment spreads on Query', () => {
    const roots = (n: number) => Array.from({ length: n }, (_, i) => `g${i}: gene(symbol: "CAV${i}") { id }`).join(' ');
    expect(refusal(`{ ... on Query { ${roots(3)} } }`, {}, { maxRootFields: 2 })).toMatch(/3 root fields; at most 2/);
    expect(refusal(`{ ...R } fragment R on Query { ${roots(3)} }`, {}, { maxRootFields: 2 })).toMatch(
      /3 root fields; at most 2/,
    );
    // The same field spread twice executes once; __typename is free.
    expect(
      refusal(`{ ...R ...R __typename } fragment R on Query { ${roots(2)} }`, {}, { maxRootFields: 2 }),
    ).toBeNull();
  });

  it("counts a fragment's aliases once per spread, and a fragment bomb's without walking it", () => {
    const q = `{ gene(symbol: "CAV1") { ...F ...F ...F } } fragment F on Gene { a: id b: name }`;
    expect(refusal(q, {}, { maxAliases: 5 })).toMatch(/6 aliases; at most 5/);
    const frags = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Gene { a: symbol ...F${i + 1} b: symbol ...F${i + 1} }`,
    ).join('\n');
    // 2^40 spreads: walking them would never end, so this returns only because counts are memoised.
    expect(refusal(`{ gene(symbol: "CAV1") { ...F0 } }\n${frags}\nfragment F40 on Gene { id }`)).toMatch(
      /\d+ aliases; at most 30/,
    );
  });

  it('costs introspection (nested lists multiply), keeps __typename free, and admits the introspection query', () => {
    expect(refusal(`{ __typename }`, {}, { maxCost: 0 })).toBeNull();
    expect(cost(`{ __schema { types { name } } }`)).toBeGreaterThan(1);
    let nested = '{ name }';
    for (let i = 0; i < 7; i++) nested = `{ fields { type ${nested} } }`;
    expect(refusal(`{ __type(name: "Gene") ${nested} }`)).toMatch(/estimated cost \d+; at most 50000/);
    expect(refusal(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBeNull();
  });

  it('costs nodes(ids:) and resolve(names:) per key, so 1,000 names pass and 20 aliases of them do not', () => {
    const names = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `G${i}`));
    const selection = '{ name matchType matches { matchType matched node { id name kind } } }';
    const one = cost(`{ resolve(names: ${names(1)}) ${selection} }`);
    expect(cost(`{ resolve(names: ${names(1000)}) ${selection} }`)).toBe(1 + 1000 * (one - 1));
    const byVariable = `query($n: [String!]!) { resolve(names: $n) ${selection} }`;
    expect(cost(byVariable, { n: Array.from({ length: 1000 }, (_, i) => `G${i}`) })).toBe(1 + 1000 * (one - 1));
    expect(refusal(`{ resolve(names: ${names(1000)}) ${selection} }`)).toBeNull();
    const aliased = (field: string) => `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect(refusal(aliased(`resolve(names: ${names(1000)}) ${selection}`))).toMatch(
      /estimated cost \d+; at most 50000/,
    );
    const ids = JSON.stringify(Array.from({ length: 1000 }, (_, i) => `HGNC:${i}`));
    expect(cost(`{ nodes(ids: ${ids}) { id name } }`)).toBe(1 + 1000 * 3);
    expect(refusal(`{ nodes(ids: ${ids}) { id name } }`)).toBeNull();
    expect(refusal(aliased(`nodes(ids: ${ids}) { id name }`))).toMatch(/estimated cost \d+; at most 50000/);
  });

  it('measures a parsed operation once per shape of its variables, and never lets a larger page through', () => {
    const doc = parse(`query($s: String!, $n: Int, $ids: [ID!]) {
      gene(symbol: $s) { targetedBy(first: $n) { edges { node { id } } } }
      nodes(ids: $ids) { id }
    }`);
    const op = doc.definitions[0] as OperationDefinitionNode;
    const limits = { ...CONFIG_DEFAULTS.limits, maxCost: 100 };
    const check = (variables: Record<string, unknown>) => {
      try {
        checkLimits(schema, doc, op, variables, limits);
        return null;
      } catch (err) {
        return (err as Error).message;
      }
    };
    // Other values share the measurement; page sizes and key counts are measured anew, both ways.
    expect(check({ s: 'CAV1', n: 10, ids: ['a'] })).toBeNull();
    expect(check({ s: 'EGFR', n: 10, ids: ['b'] })).toBeNull();
    expect(check({ s: 'EGFR', n: 500, ids: ['b'] })).toMatch(/estimated cost \d+; at most 100/);
    expect(check({ s: 'EGFR', n: 10, ids: Array.from({ length: 200 }, (_, i) => `x${i}`) })).toMatch(/estimated cost/);
    expect(check({ s: 'EGFR', n: 10, ids: null })).toBeNull();
    // Unset, the page is the field's default, within the limit.
    expect(check({ s: 'EGFR' })).toBeNull();
    expect(check({ s: 'EGFR', n: 10, ids: ['b'] })).toBeNull();
    expect(check({ s: 'EGFR', n: 500, ids: ['b'] })).toMatch(/estimated cost/);
  });

  it('refuses a query text by characters or tokens before parsing, and leaves syntax errors to the parser', () => {
    const tooComplex = (q: string, chars?: number, tokens?: number) => {
      try {
        checkQuerySize(q, chars, tokens);
        return null;
      } catch (err) {
        expect((err as GraphQLError).extensions.code).toBe('QUERY_TOO_COMPLEX');
        return (err as Error).message;
      }
    };
    expect(tooComplex('{ gene(symbol: "CAV1") { id } }')).toBeNull();
    expect(tooComplex(`{ ${'a '.repeat(60_000)} }`)).toMatch(/characters; at most 100000/);
    expect(tooComplex(`{ ${'a '.repeat(20_000)} }`)).toMatch(/more than 10000 tokens/);
    expect(tooComplex('{ gene(symbol: "CAV1") { id } }', 1000, 5)).toMatch(/more than 5 tokens/);
    expect(tooComplex('{ "unterminated ')).toBeNull();
  });
});
