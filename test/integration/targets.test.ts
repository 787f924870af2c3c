/** The target–drug API on the curated seed, through GraphQL against the real Neo4j. */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

describe('lookups by alias', () => {
  it('finds CDKN1A by p21, RPS6KB1 by P70S6K, case-insensitively', async () => {
    const r = await gql(
      ctx.app,
      `{ a: gene(symbol: "p21") { id symbol } b: gene(symbol: "p70s6k") { symbol } c: gene(id: "HGNC:1527") { symbol name kind } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({ id: 'HGNC:1784', symbol: 'CDKN1A' });
    expect(r.data.b.symbol).toBe('RPS6KB1');
    expect(r.data.c).toMatchObject({ symbol: 'CAV1', kind: 'GENE' });
  });

  it('finds bemcentinib by BGB324 and sorafenib by Nexavar, with AXL an inhibited target', async () => {
    const r = await gql(
      ctx.app,
      `{
      drug(name: "BGB324") { name synonyms targets(first: 10) { edges { node { name ... on Gene { symbol } } interactionType sign } } }
      nexavar: drug(name: "nexavar") { name }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.drug.name).toBe('bemcentinib');
    expect(r.data.nexavar.name).toBe('sorafenib');
    const axl = r.data.drug.targets.edges.find((e: any) => e.node.symbol === 'AXL');
    expect(axl).toMatchObject({ interactionType: 'INHIBITOR', sign: -1 });
  });

  it('finds hsa-miR-7-5p by miR-7 with CAV1 and FGFR4 as negative targets', async () => {
    const r = await gql(
      ctx.app,
      `{ mirna(name: "miR-7") { id name targets(first: 50) { edges { node { ... on Gene { symbol } } sign belief } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.mirna).toMatchObject({ id: 'MIRBASE:MIMAT0000252', name: 'hsa-miR-7-5p' });
    const bySymbol = new Map(r.data.mirna.targets.edges.map((e: any) => [e.node.symbol, e]));
    for (const s of ['CAV1', 'FGFR4']) {
      expect(bySymbol.get(s)).toMatchObject({ sign: -1 });
      expect((bySymbol.get(s) as any).belief).toBeGreaterThan(0);
    }
  });

  it('returns null for unknown entities and BAD_USER_INPUT for ambiguous arguments', async () => {
    const r = await gql(
      ctx.app,
      `{ gene(symbol: "NOPE-NOT-A-GENE") { id } drug(id: "CHEMBL.COMPOUND:CHEMBL0") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ gene: null, drug: null });
    const bad = await gql(ctx.app, `{ gene(id: "HGNC:1527", symbol: "CAV1") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('target connections', () => {
  it("lists lenvatinib and BLU9931 among FGFR4's drugs", async () => {
    const r = await gql(
      ctx.app,
      `{ gene(symbol: "FGFR4") { targetedBy(first: 50) { totalCount edges { node { name } interactionType sign belief } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const names = r.data.gene.targetedBy.edges.map((e: any) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['lenvatinib', 'BLU9931']));
    expect(r.data.gene.targetedBy.totalCount).toBe(names.length);
  });

  it('pages sorafenib targets by cursor: no overlap, no gap, stable order', async () => {
    const q = `query($after: String) { drug(name: "sorafenib") { targets(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } belief statement { id } } } } }`;
    const all = await gql(
      ctx.app,
      `{ drug(name: "sorafenib") { targets(first: 100) { totalCount edges { node { id } statement { id } } } } }`,
    );
    const total = all.data.drug.targets.totalCount;
    expect(total).toBeGreaterThanOrEqual(8);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = (await gql(ctx.app, q, { after })).data.drug.targets;
      seen.push(...page.edges.map((e: any) => `${e.node.id} ${e.statement.id}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.drug.targets.edges.map((e: any) => `${e.node.id} ${e.statement.id}`));
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a page size above the maximum with BAD_USER_INPUT', async () => {
    const r = await gql(ctx.app, `{ drug(name: "sorafenib") { targets(first: 1000) { totalCount } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/first/);
  });
});

describe('statements and evidence', () => {
  it("carries CAV1's evidence citing PMID 40715090 with its sentence", async () => {
    const r = await gql(
      ctx.app,
      `{ gene(symbol: "CAV1") { statements(first: 100) { totalCount edges { node {
      id predicate sign belief context { setting note disease { name } }
      evidence(first: 10, status: ACCEPTED) { edges { node { sentence sentenceKey level modelSystem status source { ... on Publication { pmid doi } } } } }
    } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const evidence = r.data.gene.statements.edges.flatMap((s: any) => s.node.evidence.edges.map((e: any) => e.node));
    const fromPaper = evidence.filter((e: any) => e.source.pmid === '40715090');
    expect(fromPaper.length).toBeGreaterThan(5);
    for (const e of fromPaper) {
      expect(e.sentence).toMatch(/\w{4,}/);
      expect(e.status).toBe('ACCEPTED');
    }
    expect(fromPaper.some((e: any) => /caveolin-1 \(CAV1\)/.test(e.sentence))).toBe(true);
  });

  it('resolves node(id) for every kind and statement(id) with subject and object', async () => {
    const r = await gql(
      ctx.app,
      `{
      p: node(id: "PMID:40715090") { kind ... on Publication { doi } }
      d: disease(name: "HCC") { id name }
      s: statement(id: "RESISTKG:stmt-P16") { predicate sign subject { name } object { name } belief }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.p).toMatchObject({ kind: 'PUBLICATION', doi: '10.1038/s41419-025-07887-4' });
    expect(r.data.d.id).toBe('MONDO:0007256');
    expect(r.data.s).toMatchObject({ predicate: 'REGULATES', sign: 1 });
    expect(r.data.s.belief).toBeGreaterThan(0);
  });

  it('counts what the graph holds', async () => {
    const r = await gql(
      ctx.app,
      `{ stats { nodeCount relationshipCount statementCount evidenceCount byKind { kind count } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.stats.statementCount).toBeGreaterThan(60);
    expect(r.data.stats.evidenceCount).toBeGreaterThan(200);
    expect(r.data.stats.byKind.find((k: any) => k.kind === 'GENE').count).toBeGreaterThan(20);
  });
});
