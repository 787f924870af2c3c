/** Resistance paths and combination therapies on the curated seed, as a user of the API sees them. */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const SORAFENIB = 'CHEMBL.COMPOUND:CHEMBL1336';
const LENVATINIB = 'CHEMBL.COMPOUND:CHEMBL1289601';
const CAV1 = 'HGNC:1527';
const AXL = 'HGNC:905';
const FGFR4 = 'HGNC:3691';
const MIR7 = 'MIRBASE:MIMAT0000252';

const ctx = useTestApp();

const PATHS = `query($drug: ID!, $disease: ID, $maxHops: Int, $first: Int) {
  resistancePaths(drug: $drug, disease: $disease, maxHops: $maxHops, first: $first) {
    sign score hops truncated nodes { id kind } edges { source target predicate sign belief statement { id } }
  } }`;

async function paths(drug: string, first = 100) {
  const r = await gql(ctx.app, PATHS, { drug, disease: 'MONDO:0007256', first });
  expect(r.errors).toBeUndefined();
  return r.data.resistancePaths as any[];
}

const ids = (p: any) => p.nodes.map((n: any) => n.id);
const has = (p: any, seq: string[]) => ids(p).join('>').includes(seq.join('>'));

describe('resistancePaths', () => {
  it('are chained, signed and ranked for both drugs', async () => {
    for (const drug of [SORAFENIB, LENVATINIB]) {
      const ps = await paths(drug);
      expect(ps.length).toBeGreaterThan(5);
      ps.forEach((p, i) => {
        expect(p.hops).toBe(p.edges.length);
        expect(p.nodes).toHaveLength(p.edges.length + 1);
        p.edges.forEach((e: any, j: number) => {
          expect(e.source).toBe(p.nodes[j].id);
          expect(e.target).toBe(p.nodes[j + 1].id);
          expect(e.statement.id).toMatch(/^RESISTKG:stmt-/);
        });
        expect(p.sign).toBe(p.edges.reduce((s: number, e: any) => s * e.sign, 1));
        expect(p.edges.at(-1).predicate).toBe('CONFERS_RESISTANCE_TO');
        expect(new Set(ids(p)).size).toBe(p.nodes.length);
        if (i > 0) expect(p.score).toBeLessThanOrEqual(ps[i - 1].score);
        expect(p.truncated).toBe(false);
      });
    }
  });

  it('for sorafenib in HCC: CAV1 → AXL ⇒ resistance (+), and miR-7 starts negative paths', async () => {
    const ps = await paths(SORAFENIB);
    const viaAxl = ps.find((p) => has(p, [CAV1, AXL, SORAFENIB]));
    expect(viaAxl?.sign).toBe(1);
    const fromMir = ps.filter((p) => ids(p)[0] === MIR7);
    expect(fromMir.length).toBeGreaterThan(0);
    expect(fromMir.every((p) => p.sign === -1)).toBe(true);
    expect(ps.find((p) => has(p, [MIR7, CAV1, AXL, SORAFENIB]))?.sign).toBe(-1);
  });

  it('for lenvatinib: CAV1 → FGFR4 (+) and miR-7 ⊣ FGFR4 (−)', async () => {
    const ps = await paths(LENVATINIB);
    expect(ps.find((p) => ids(p).join('>') === [CAV1, FGFR4, LENVATINIB].join('>'))?.sign).toBe(1);
    expect(ps.find((p) => ids(p).join('>') === [MIR7, FGFR4, LENVATINIB].join('>'))?.sign).toBe(-1);
  });

  it('accepts names, and refuses maxHops 60 and unknown drugs with typed errors', async () => {
    const byName = await gql(ctx.app, PATHS, { drug: 'Nexavar', disease: 'HCC', first: 3 });
    expect(byName.errors).toBeUndefined();
    expect(byName.data.resistancePaths).toHaveLength(3);
    const tooDeep = await gql(ctx.app, PATHS, { drug: SORAFENIB, maxHops: 60 });
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const unknown = await gql(ctx.app, PATHS, { drug: 'no-such-drug' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'drug' });
  });

  it('paths(from, to) finds miR-7 ⊣ CAV1 → AXL ⇒ sorafenib with sign −', async () => {
    const r = await gql(
      ctx.app,
      `{ paths(from: "miR-7", to: "sorafenib", maxHops: 4, first: 50) { sign nodes { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data.paths.find((x: any) => ids(x).join('>') === [MIR7, CAV1, AXL, SORAFENIB].join('>'));
    expect(p?.sign).toBe(-1);
  });
});

const COMBOS = `query($drug: ID!) { combinationTherapies(drug: $drug, disease: "MONDO:0007256", first: 50) {
  partner { id name } basis score bestLevel partnerTargets { id }
  evidence { level modelSystem source { ... on Publication { pmid } } }
  rationale { sign nodes { id } }
  combination { id }
} }`;

async function combos(drug: string) {
  const r = await gql(ctx.app, COMBOS, { drug });
  expect(r.errors).toBeUndefined();
  return r.data.combinationTherapies as any[];
}

describe('combinationTherapies', () => {
  it('lenvatinib: BLU9931 (with organoid evidence), the miR-7 mimic and siCAV1 are evidence-backed, citing the paper', async () => {
    const cs = await combos(LENVATINIB);
    const backed = new Map(cs.filter((c) => c.basis === 'EVIDENCE_BACKED').map((c) => [c.partner.name, c]));
    for (const name of ['BLU9931', 'hsa-miR-7-5p mimic', 'siCAV1']) {
      const c = backed.get(name);
      expect(c, name).toBeDefined();
      expect(c.evidence.some((e: any) => e.source.pmid === '40715090')).toBe(true);
      expect(c.combination.id).toMatch(/^RESISTKG:combo-/);
    }
    expect(backed.get('BLU9931').evidence.some((e: any) => e.modelSystem === 'ORGANOID')).toBe(true);
    expect(backed.get('BLU9931').partnerTargets.map((t: any) => t.id)).toContain(FGFR4);
    expect(backed.has('bemcentinib')).toBe(false);
  });

  it('sorafenib: bemcentinib is evidence-backed, BLU9931 is not', async () => {
    const cs = await combos(SORAFENIB);
    const backed = cs.filter((c) => c.basis === 'EVIDENCE_BACKED').map((c) => c.partner.name);
    expect(backed).toContain('bemcentinib');
    expect(backed).not.toContain('BLU9931');
  });

  it('never mixes the two kinds, explains every inferred candidate with a path, and ranks by score', async () => {
    for (const drug of [SORAFENIB, LENVATINIB]) {
      const cs = await combos(drug);
      expect(new Set(cs.map((c) => c.partner.id)).size).toBe(cs.length);
      cs.forEach((c, i) => {
        if (i > 0) expect(c.score).toBeLessThanOrEqual(cs[i - 1].score);
        if (c.basis === 'INFERRED') {
          expect(c.rationale.length).toBeGreaterThan(0);
          expect(c.rationale.every((p: any) => p.sign === 1)).toBe(true);
          expect(c.combination).toBeNull();
        } else {
          expect(c.evidence.length).toBeGreaterThan(0);
        }
      });
    }
    const without = await gql(
      ctx.app,
      `{ combinationTherapies(drug: "lenvatinib", includeInferred: false, first: 50) { basis } }`,
    );
    expect(without.data.combinationTherapies.every((c: any) => c.basis === 'EVIDENCE_BACKED')).toBe(true);
  });
});
