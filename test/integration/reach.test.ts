/**
 * Reach on the curated seed against the real Neo4j: Process and Publication list their
 * statements, and the capped lists (class and family members, a candidate's partner targets and
 * rationale) say whether they were cut.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

describe('statements of every entity kind', () => {
  it('Process.statements: every statement with the process at one end, filtered like any list', async () => {
    const r = await gql(
      ctx.app,
      `{ node(id: "GO:0006915") { ... on Process {
          statements(first: 50) { totalCount edges { node { id belief subject { id } object { id } } } }
          strong: statements(first: 50, minBelief: 0.5) { totalCount edges { node { id } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const all = r.data.node.statements;
    expect(all.totalCount).toBeGreaterThan(0);
    expect(all.totalCount).toBe(all.edges.length);
    for (const { node } of all.edges) expect([node.subject.id, node.object.id]).toContain('GO:0006915');
    const strong = all.edges.filter((e: any) => e.node.belief >= 0.5).map((e: any) => e.node.id);
    expect(r.data.node.strong.edges.map((e: any) => e.node.id)).toEqual(strong);
    expect(r.data.node.strong.totalCount).toBe(strong.length);
  });

  it('Publication.statements: the statements its ACCEPTED evidence is about', async () => {
    const r = await gql(
      ctx.app,
      `{ node(id: "PMID:40715090") { ... on Publication { pmid
          statements(first: 50) { totalCount edges { node { id
            evidence(status: ACCEPTED, first: 20) { totalCount edges { node { source { id } } } } } } }
          none: statements(first: 5, interactionTypes: [AGONIST], minBelief: 1) { totalCount edges { node { id } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const list = r.data.node.statements;
    expect(list.edges.length).toBe(Math.min(list.totalCount, 50));
    expect(list.edges.length).toBeGreaterThan(0);
    for (const { node } of list.edges) {
      expect(node.evidence.totalCount).toBe(node.evidence.edges.length);
      expect(node.evidence.edges.map((e: any) => e.node.source.id)).toContain('PMID:40715090');
    }
    expect(r.data.node.none).toEqual({ totalCount: 0, edges: [] });
    const bad = await gql(
      ctx.app,
      `{ node(id: "PMID:40715090") { ... on Publication { statements(minBelief: 2) { totalCount } } } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minBelief' });
  });
});

describe('capped lists say whether they were cut', () => {
  it('DrugClass.members and membersTruncated', async () => {
    const r = await gql(ctx.app, `{ drug(name: "sorafenib") { id classes { id members { id } membersTruncated } } }`);
    expect(r.errors).toBeUndefined();
    const classes = r.data.drug.classes;
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) {
      expect(c.members.map((m: any) => m.id)).toContain(r.data.drug.id);
      expect(c.membersTruncated).toBe(c.members.length > 500);
    }
  });

  it('CombinationCandidate.partnerTargetsTruncated and rationaleTruncated', async () => {
    const r = await gql(
      ctx.app,
      `{ combinationTherapies(drug: "sorafenib", first: 20) { partner { id } basis
          partnerTargets { id } partnerTargetsTruncated rationale { hops } rationaleTruncated } }`,
    );
    expect(r.errors).toBeUndefined();
    const candidates = r.data.combinationTherapies;
    expect(candidates.length).toBeGreaterThan(0);
    const counts = await gql(
      ctx.app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Drug { targets(first: 1) { totalCount } } } }`,
      { ids: candidates.map((c: any) => c.partner.id) },
    );
    expect(counts.errors).toBeUndefined();
    candidates.forEach((c: any, i: number) => {
      const total = counts.data.nodes[i]?.targets?.totalCount;
      if (total !== undefined) {
        expect(c.partnerTargets).toHaveLength(Math.min(total, 50));
        expect(c.partnerTargetsTruncated).toBe(total > 50);
      }
      expect(c.rationale.length).toBeLessThanOrEqual(5);
      if (c.basis === 'EVIDENCE_BACKED') expect(c.rationaleTruncated).toBe(false);
      else expect(typeof c.rationaleTruncated).toBe('boolean');
    });
  });
});
