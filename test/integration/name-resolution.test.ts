/**
 * Many at once, on the curated seed: resolve(names:) and nodes(ids:) answer every key in order, in
 * one database round trip, and refuse more than 1,000 keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { listen, useTestApp } from '../support/db.js';
import { gql, jsonBody } from '../support/gql.js';

const t = useTestApp();

const RESOLVE = `query($names: [String!]!, $kinds: [NodeKind!]) {
  resolve(names: $names, kinds: $kinds) { name matchType matches { matchType matched node { id kind } } }
}`;

interface Resolution {
  name: string;
  matchType: string | null;
  matches: { matchType: string; matched: string; node: { id: string; kind: string } }[];
}

const brief = (r: Resolution) => [r.name, r.matchType, r.matches.map((m) => `${m.node.id} ${m.matchType}`)];

describe('resolve(names:)', () => {
  it('answers known, unknown and ambiguous names in order, with how each matched, in one round trip', async () => {
    const names = [
      'CAV1',
      'HGNC:1527',
      '857',
      'caveolin 1',
      'VIP21',
      'p21',
      'AMPK',
      'no-such-gene-xyz',
      'Nexavar',
      'sorafenib',
      'cav-1',
      '  ',
    ];
    const res = await gql<{ resolve: Resolution[] }>(t.app, RESOLVE, { names });
    expect(res.errors).toBeUndefined();
    expect(res.data.resolve.map(brief)).toEqual([
      ['CAV1', 'SYMBOL', ['HGNC:1527 SYMBOL']],
      ['HGNC:1527', 'ID', ['HGNC:1527 ID']],
      ['857', 'CROSS_REFERENCE', ['HGNC:1527 CROSS_REFERENCE']],
      ['caveolin 1', 'NAME', ['HGNC:1527 NAME']],
      ['VIP21', 'ALIAS', ['HGNC:1527 ALIAS']],
      ['p21', 'ALIAS', ['HGNC:1784 ALIAS']],
      ['AMPK', 'ALIAS', ['HGNC:9376 ALIAS', 'HGNC:9377 ALIAS']],
      ['no-such-gene-xyz', null, []],
      ['Nexavar', 'ALIAS', ['CHEMBL.COMPOUND:CHEMBL1336 ALIAS']],
      ['sorafenib', 'NAME', ['CHEMBL.COMPOUND:CHEMBL1336 NAME']],
      ['cav-1', 'SYMBOL', ['HGNC:1527 SYMBOL']],
      ['  ', null, []],
    ]);
    expect(res.data.resolve[4]!.matches[0]!.matched).toBe('VIP21');
    expect(res.queries).toBe(1);
  });

  it('keeps to the kinds asked for', async () => {
    const all = await gql<{ resolve: Resolution[] }>(t.app, RESOLVE, { names: ['autophagy'] });
    expect(all.data.resolve.map(brief)).toEqual([
      ['autophagy', 'NAME', ['GO:0006914 NAME', 'REACT:R-HSA-9612973 NAME']],
    ]);
    const processes = await gql<{ resolve: Resolution[] }>(t.app, RESOLVE, {
      names: ['autophagy', 'CAV1'],
      kinds: ['PROCESS'],
    });
    expect(processes.data.resolve.map(brief)).toEqual([
      ['autophagy', 'NAME', ['GO:0006914 NAME']],
      ['CAV1', null, []],
    ]);
  });

  it('takes 1,000 names in one round trip and refuses 1,001', async () => {
    const names = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 'CAV1' : i % 3 === 1 ? `unknown-${i}` : 'p21'));
    const ok = await gql<{ resolve: Resolution[] }>(t.app, RESOLVE, { names });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.resolve).toHaveLength(1000);
    expect(ok.data.resolve[999]!.matches[0]!.node.id).toBe('HGNC:1527');
    expect(ok.data.resolve[998]!.matches[0]!.node.id).toBe('HGNC:1784');
    expect(ok.data.resolve[997]!.matches).toEqual([]);
    expect(ok.queries).toBe(1);
    const tooMany = await gql(t.app, RESOLVE, { names: [...names, 'CAV1'] });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names' });
    expect(tooMany.queries).toBe(0);
    const tooLong = await gql(t.app, RESOLVE, { names: ['CAV1', 'x'.repeat(301)] });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names[1]' });
  });
});

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id name } }`;

describe('nodes(ids:)', () => {
  it('answers each id in order, null for unknown ones, in one round trip', async () => {
    const ids = ['PMID:40715090', 'HGNC:1527', 'HGNC:0000000', 'CHEMBL.COMPOUND:CHEMBL1336', 'HGNC:1527', 'CAV1'];
    const res = await gql(t.app, NODES, { ids });
    expect(res.errors).toBeUndefined();
    expect(
      res.data.nodes.map((n: { __typename: string; id: string } | null) => n && `${n.__typename} ${n.id}`),
    ).toEqual([
      'Publication PMID:40715090',
      'Gene HGNC:1527',
      null,
      'Drug CHEMBL.COMPOUND:CHEMBL1336',
      'Gene HGNC:1527',
      null,
    ]);
    expect(res.queries).toBe(1);
  });

  it('takes 1,000 ids and refuses 1,001', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'HGNC:1527' : `HGNC:${900000 + i}`));
    const ok = await gql(t.app, NODES, { ids });
    expect(ok.data.nodes).toHaveLength(1000);
    expect(ok.data.nodes[1].id).toBe('HGNC:1527');
    expect(ok.data.nodes[0]).toBeNull();
    expect(ok.queries).toBe(1);
    const tooMany = await gql(t.app, NODES, { ids: [...ids, 'HGNC:1527'] });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});

describe('over HTTP', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await listen(t.app));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('admits a 1,000-name resolve in one request and refuses 20 aliases of it as too costly', async () => {
    const names = Array.from({ length: 1000 }, (_, i) => `GENE-${i}`);
    const post = (query: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { names } }),
      });
    const field = 'resolve(names: $names) { name matchType matches { matchType node { id name } } }';
    const one = await post(`query($names: [String!]!) { ${field} }`);
    expect(one.status).toBe(200);
    expect((await jsonBody(one)).data.resolve).toHaveLength(1000);
    const aliased = Array.from({ length: 20 }, (_, i) => `a${i}: ${field}`).join(' ');
    const many = await post(`query($names: [String!]!) { ${aliased} }`);
    expect((await jsonBody(many)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
