/**
 * Variants (design §4a, issue 14) through the public API on the curated seed: found by every name
 * people use, kept apart from their genes, and tumour-aware traversal (`alterations`).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, beforeAll } from 'vitest';
import type { AuthResult } from '../../domain/auth.js';
import { mergeVariants } from '../../db/variant.repo.js';
import { recomputeBelief } from '../../db/belief.repo.js';
import { mergeEntities, mergeEvidence, mergeStatements, mergeSynonyms } from '../../db/seed.repo.js';
import { entityRecord } from '../../domain/entity.js';
import { parseProteinChange, variantRecord } from '../../domain/variant.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

const T790M = 'RESISTKG:var-EGFR-p.Thr790Met';
const C797S = 'RESISTKG:var-EGFR-p.Cys797Ser';
const GATEKEEPER = 'RESISTKG:var-FGFR4-gatekeeper';
const EGFR = 'HGNC:3236';
const CAV1 = 'HGNC:1527';
const FGFR4 = 'HGNC:3691';
const GEFITINIB = 'DRUGBANK:DB00317';
const ERLOTINIB = 'DRUGBANK:DB00530';
const OSIMERTINIB = 'RESISTKG:osimertinib';
const FISOGATINIB = 'RESISTKG:fisogatinib';
const FIRST_GEN = 'RESISTKG:class-first-gen-EGFR-TKI';

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(ctx.app, query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
}

const VARIANT = `query($name: String, $id: ID) { variant(name: $name, id: $id) {
  id name kind geneSymbol hgvsp alterationType externalId gene { id symbol }
  statements(first: 20) { edges { node { id predicate object { id } context { resistanceType variantOrigin
    disease { id } } evidence(first: 5) { edges { node { evidenceType significance } } } } } }
} }`;

describe('variant', () => {
  it('is found by every name people use', async () => {
    for (const name of [
      'EGFR T790M',
      'EGFR p.T790M',
      'EGFR p.Thr790Met',
      'p.Thr790Met',
      'T790M',
      'egfr t790m',
      T790M,
    ]) {
      const d = await ok(VARIANT, { name });
      expect(d.variant?.id, name).toBe(T790M);
    }
    const d = await ok(VARIANT, { id: T790M });
    expect(d.variant).toMatchObject({
      kind: 'VARIANT',
      name: 'EGFR p.Thr790Met',
      geneSymbol: 'EGFR',
      hgvsp: 'p.Thr790Met',
      alterationType: 'MISSENSE',
      externalId: null,
      gene: { id: EGFR, symbol: 'EGFR' },
    });
    expect((await ok(VARIANT, { name: 'FGFR4 gatekeeper' })).variant?.id).toBe(GATEKEEPER);
    expect((await ok(VARIANT, { name: 'EGFR p.Gly719Ser' })).variant).toBeNull();
  });

  it('carries its statements with resistance type, origin and evidence type; the gene does not', async () => {
    const d = await ok(VARIANT, { id: T790M });
    const stmts = d.variant.statements.edges.map((e: any) => e.node);
    const v1 = stmts.find((s: any) => s.object.id === GEFITINIB);
    expect(v1).toMatchObject({
      predicate: 'CONFERS_RESISTANCE_TO',
      context: { resistanceType: 'ACQUIRED', variantOrigin: 'SOMATIC', disease: { id: 'RESISTKG:disease-NSCLC' } },
    });
    expect(v1.evidence.edges.map((e: any) => e.node.evidenceType)).toContain('PREDICTIVE');
    expect(stmts.map((s: any) => s.predicate)).toContain('VARIANT_OF');
    // Never promoted: EGFR itself has no resistance or sensitivity statement about gefitinib or erlotinib.
    const gene = await ok(
      `query { gene(symbol: "EGFR") { variants(first: 10) { totalCount edges { node { id hgvsp } } }
        statements(first: 100) { edges { node { predicate subject { id } object { id } } } } } }`,
    );
    expect(gene.gene.variants.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining([T790M, C797S, 'RESISTKG:var-EGFR-p.Leu858Arg']),
    );
    const resistance = gene.gene.statements.edges
      .map((e: any) => e.node)
      .filter((s: any) => s.subject.id === EGFR && [GEFITINIB, ERLOTINIB].includes(s.object.id));
    expect(resistance).toEqual([]);
  });

  it('search returns every candidate of a bare change', async () => {
    const d = await ok(`query { search(query: "T790M", kinds: [VARIANT]) { node { id } } }`);
    expect(d.search.map((h: any) => h.node.id)).toContain(T790M);
  });
});

describe('a bare change named on two genes', () => {
  const GENE = 'RESISTKG:test-variants-gene';
  const OTHER = 'RESISTKG:var-TSTVARA-p.Thr790Met';
  beforeAll(async () => {
    const gene = entityRecord({ kind: 'GENE', id: GENE, name: 'variant test gene', primary: ['TSTVARA'], aliases: [] });
    const change = parseProteinChange('TSTVARA p.T790M')!;
    const v = variantRecord({ geneId: GENE, symbol: change.gene!, hgvsp: change.hgvsp, alterationType: 'MISSENSE' });
    await ctx.db.writeTx(async (tx) => {
      await mergeEntities(tx, [{ id: GENE, kind: 'GENE', props: { ...gene.props, symbol: 'TSTVARA' } }]);
      await mergeSynonyms(tx, [{ id: GENE, names: gene.names }]);
      await mergeVariants(tx, [v]);
      await mergeVariants(tx, [v]); // idempotent
    });
  });

  it('is ambiguous alone (BAD_USER_INPUT naming both), unique with its gene, and created once', async () => {
    const r = await gql(ctx.app, VARIANT, { name: 'T790M' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/EGFR p\.Thr790Met.*TSTVARA p\.Thr790Met|TSTVARA.*EGFR/);
    expect((await ok(VARIANT, { name: 'TSTVARA T790M' })).variant.id).toBe(OTHER);
    expect((await ok(VARIANT, { name: 'EGFR T790M' })).variant.id).toBe(T790M);
    const rows = await ctx.db.read(
      `MATCH (v:Variant {id: $id})-[r:VARIANT_OF]->(g:Gene {id: $gene}) RETURN count(v) AS n, min(r.belief) AS b`,
      { id: OTHER, gene: GENE },
    );
    expect(rows[0]).toMatchObject({ n: 1, b: 1 });
    const d = await ok(`query { search(query: "T790M", kinds: [VARIANT]) { node { id } } }`);
    expect(d.search.map((h: any) => h.node.id).sort()).toEqual([T790M, OTHER].sort());
  });
});

const PATHS = `query($drug: ID!, $alterations: [ID!], $first: Int) {
  resistancePaths(drug: $drug, alterations: $alterations, first: $first, maxHops: 4) {
    sign nodes { id kind } variants { id } edges { predicate statement { id } } } }`;
const ids = (p: any) => p.nodes.map((n: any) => n.id);

describe('resistancePaths with variants', () => {
  it('fisogatinib: no CAV1 → FGFR4 resistance route; the gatekeeper variant explains it, labelled as variant-level', async () => {
    const ps = (await ok(PATHS, { drug: FISOGATINIB, first: 100 })).resistancePaths;
    expect(ps.some((p: any) => ids(p).includes(FGFR4))).toBe(false);
    expect(ps.some((p: any) => ids(p).includes(CAV1))).toBe(false);
    const variantPaths = ps.filter((p: any) => p.variants.length > 0);
    expect(variantPaths.map((p: any) => ids(p)[0]).sort()).toEqual([GATEKEEPER, 'RESISTKG:var-FGFR4-hinge1']);
    expect(variantPaths.every((p: any) => p.nodes[0].kind === 'VARIANT')).toBe(true);

    const carried = (await ok(PATHS, { drug: FISOGATINIB, alterations: ['FGFR4 gatekeeper'], first: 100 }))
      .resistancePaths;
    expect(carried.map(ids)).toEqual([[GATEKEEPER, FISOGATINIB]]);
    expect(carried[0]).toMatchObject({ sign: 1, variants: [{ id: GATEKEEPER }] });
  });

  it('gefitinib: T790M applies only to tumours that carry it', async () => {
    const none = (await ok(PATHS, { drug: GEFITINIB, first: 100 })).resistancePaths;
    expect(none.find((p: any) => ids(p)[0] === T790M)?.variants).toEqual([{ id: T790M }]);
    const withT = (await ok(PATHS, { drug: GEFITINIB, alterations: ['EGFR T790M'], first: 100 })).resistancePaths;
    expect(withT.filter((p: any) => p.variants.length > 0).map(ids)).toEqual([[T790M, GEFITINIB]]);
    const withOther = (await ok(PATHS, { drug: GEFITINIB, alterations: ['EGFR C797S'], first: 100 })).resistancePaths;
    expect(withOther.filter((p: any) => p.variants.length > 0)).toEqual([]);
    // Gene-level paths do not depend on the tumour.
    const gene = (p: any[]) => p.filter((x) => x.variants.length === 0).map((x) => ids(x).join('>'));
    expect(gene(withT)).toEqual(gene(none));
  });

  it('an unknown or ambiguous alteration is an error naming it', async () => {
    const r = await gql(ctx.app, PATHS, { drug: GEFITINIB, alterations: ['EGFR T790M', 'EGFR Q999Z'] });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'alterations[1]' });
  });

  it('paths(from, to) start at a variant and honour alterations', async () => {
    const q = `query($alterations: [ID!]) { paths(from: "EGFR T790M", to: "gefitinib", alterations: $alterations) {
      nodes { id } variants { id } } }`;
    expect((await ok(q)).paths.map(ids)).toContainEqual([T790M, GEFITINIB]);
    expect((await ok(q, { alterations: [T790M] })).paths.map(ids)).toContainEqual([T790M, GEFITINIB]);
    expect((await ok(q, { alterations: [C797S] })).paths).toEqual([]);
  });
});

const COMBOS = `query($drug: ID!, $alterations: [ID!]) {
  combinationTherapies(drug: $drug, alterations: $alterations, first: 50) {
    partner { id } basis requiredAlterations { id } evidence { id } } }`;
const partners = (d: any) => d.combinationTherapies.map((c: any) => c.partner.id);

describe('combinationTherapies with variants', () => {
  it('a T790M tumour on gefitinib gets osimertinib; with C797S as well, not', async () => {
    const none = (await ok(COMBOS, { drug: GEFITINIB })).combinationTherapies;
    expect(none.find((c: any) => c.partner.id === OSIMERTINIB)).toMatchObject({
      basis: 'EVIDENCE_BACKED',
      requiredAlterations: [{ id: T790M }],
    });
    expect(partners(await ok(COMBOS, { drug: GEFITINIB, alterations: ['EGFR T790M'] }))).toContain(OSIMERTINIB);
    expect(partners(await ok(COMBOS, { drug: GEFITINIB, alterations: ['EGFR C797S'] }))).not.toContain(OSIMERTINIB);
    expect(partners(await ok(COMBOS, { drug: GEFITINIB, alterations: ['EGFR T790M', 'EGFR C797S'] }))).not.toContain(
      OSIMERTINIB,
    );
  });

  it('never proposes the first-generation TKIs a T790M tumour resists', async () => {
    expect(partners(await ok(COMBOS, { drug: OSIMERTINIB }))).toContain(FIRST_GEN);
    expect(partners(await ok(COMBOS, { drug: OSIMERTINIB, alterations: ['EGFR T790M'] }))).not.toContain(FIRST_GEN);
  });

  it('offers no FGFR4-selective partner against fisogatinib', async () => {
    const d = await ok(COMBOS, { drug: FISOGATINIB });
    expect(partners(d)).not.toContain('RESISTKG:BLU9931');
    expect(partners(d)).not.toContain('RESISTKG:H3B-6527');
  });
});

const CONFLICTS = `query($subject: ID!, $object: ID!, $disease: ID) {
  conflicts(subject: $subject, object: $object, disease: $disease) {
    kind resolution real explanation statements { id subject { id } predicate } } }`;

describe('conflicts', () => {
  const VARIANT = 'RESISTKG:var-TSTVARA-p.Thr790Met';
  const stmt = (id: string, predicate: string) => ({
    id,
    subject: VARIANT,
    predicate,
    object: ERLOTINIB,
    sign: 1,
    props: { contextDisease: 'RESISTKG:disease-NSCLC', contextAlterations: [], factKeys: [], structural: false },
    edgeProps: { interactionType: null, mechanism: null, disease: 'RESISTKG:disease-NSCLC' },
  });
  beforeAll(async () => {
    // A real conflict, constructed: the same (test) variant both resists and sensitizes to erlotinib in NSCLC.
    const rows = [
      stmt('RESISTKG:stmt-test-conflict-a', 'CONFERS_RESISTANCE_TO'),
      stmt('RESISTKG:stmt-test-conflict-b', 'SENSITIZES_TO'),
    ];
    await ctx.db.writeTx(async (tx) => {
      await mergeStatements(tx, rows);
      await mergeEvidence(
        tx,
        rows.map((r) => ({
          id: r.id.replace(':stmt-', ':ev-'),
          statementId: r.id,
          source: 'PMID:15737014',
          direction: 'SUPPORTS' as const,
          props: { level: 'D', modelSystem: 'CELL_LINE', rating: 3, status: 'ACCEPTED', curator: 'test' },
        })),
      );
      await recomputeBelief(
        tx,
        rows.map((r) => r.id),
      );
    });
  });

  it('EGFR and gefitinib: a gene-level disagreement that disappears at variant level', async () => {
    const d = await ok(CONFLICTS, { subject: 'EGFR', object: 'gefitinib' });
    const pair = d.conflicts.find(
      (c: any) =>
        c.statements
          .map((s: any) => s.id)
          .sort()
          .join() === ['RESISTKG:stmt-V1-EGFR-T790M-gefitinib', 'RESISTKG:stmt-V5-EGFR-L858R-gefitinib'].join(),
    );
    expect(pair).toMatchObject({ kind: 'OPPOSITE_SIGNS', resolution: 'VARIANT_LEVEL', real: false });
    expect(d.conflicts.filter((c: any) => c.real)).toEqual([]);
  });

  it('a real conflict: the same variant in the same disease, on the root query and on Statement.conflicts', async () => {
    const d = await ok(CONFLICTS, { subject: 'TSTVARA T790M', object: 'erlotinib', disease: 'NSCLC' });
    expect(d.conflicts).toEqual([expect.objectContaining({ kind: 'OPPOSITE_SIGNS', resolution: 'REAL', real: true })]);
    const s = await ok(`{ statement(id: "RESISTKG:stmt-test-conflict-a") { conflicts { real statements { id } } } }`);
    expect(s.statement.conflicts).toEqual([
      { real: true, statements: [{ id: 'RESISTKG:stmt-test-conflict-a' }, { id: 'RESISTKG:stmt-test-conflict-b' }] },
    ]);
    // The EGFR T790M statement about erlotinib does not conflict with the test variant's.
    const v2 = await ok(`{ statement(id: "RESISTKG:stmt-V2-EGFR-T790M-erlotinib") { conflicts { real } } }`);
    expect(v2.statement.conflicts).toEqual([]);
  });
});

describe('addEntity of a variant', () => {
  const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id name kind
    ... on Variant { hgvsp alterationType gene { id } } } }`;
  async function asCurator(variables: Record<string, unknown>) {
    const auth: AuthResult = {
      user: { id: 'variant-curator', role: 'CURATOR' },
      token: { id: randomUUID(), issuedAt: new Date(0), expiresAt: new Date(8.64e15) },
      error: null,
    };
    const res = await ctx.app.apollo.executeOperation(
      { query: ADD, variables },
      { contextValue: ctx.app.context(undefined, auth) },
    );
    if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
    return res.body.singleResult as { data?: any; errors?: any[] };
  }

  it('adds a variant of a gene, findable by every name, linked by VARIANT_OF; bad input writes nothing', async () => {
    const id = 'RESISTKG:var-KRAS-p.Gly12Asp';
    const r = await asCurator({ input: { kind: 'VARIANT', id, name: 'KRAS G12D', gene: 'KRAS', hgvsp: 'G12D' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.addEntity).toMatchObject({
      id,
      name: 'KRAS p.Gly12Asp',
      kind: 'VARIANT',
      hgvsp: 'p.Gly12Asp',
      alterationType: 'MISSENSE',
      gene: { id: 'HGNC:6407' },
    });
    expect((await ok(VARIANT, { name: 'KRAS p.G12D' })).variant.id).toBe(id);
    const gene = await ok(`{ gene(symbol: "KRAS") { variants(first: 20) { edges { node { id } } } } }`);
    expect(gene.gene.variants.edges.map((e: any) => e.node.id)).toContain(id);

    const bad = await asCurator({ input: { kind: 'VARIANT', id: 'RESISTKG:var-x', name: 'x variant', hgvsp: 'G12D' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gene' });
    const badChange = await asCurator({
      input: { kind: 'VARIANT', id: 'RESISTKG:var-y', name: 'y variant', gene: 'KRAS', hgvsp: 'G12' },
    });
    expect(badChange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hgvsp' });
    const rows = await ctx.db.read(`MATCH (v:Entity) WHERE v.id IN ['RESISTKG:var-x', 'RESISTKG:var-y'] RETURN v`);
    expect(rows).toEqual([]);
  });
});
