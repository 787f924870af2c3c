/**
 * An interaction whose direction is unknown (sign 0: a DGIdb row with no action, or one that implies
 * no direction) is never taken as inhibition: not as a combination partner, not as a counteracting
 * resistance path. The graph is test/support/unknown-direction.ts, with entities of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';
import { BASE, DRIVER, loadUnknownDirection } from '../support/unknown-direction.js';

const ctx = useTestApp();
beforeAll(() => loadUnknownDirection(ctx.db));

describe('interactions of unknown direction', () => {
  it('are imported with sign 0, keeping a stated action that implies no direction', async () => {
    const r = await gql(
      ctx.app,
      `query($id: ID!) { gene(id: $id) { targetedBy(first: 10) { edges { node { name } interactionType sign } } } }`,
      { id: DRIVER },
    );
    const byName = Object.fromEntries(r.data.gene.targetedBy.edges.map((e: any) => [e.node.name, e]));
    expect(byName['truth-unknownib']).toMatchObject({ interactionType: 'UNKNOWN', sign: 0 });
    expect(byName['truth-binderib']).toMatchObject({ interactionType: 'BINDER', sign: 0 });
    expect(byName['truth-inhibitib']).toMatchObject({ interactionType: 'INHIBITOR', sign: -1 });
  });

  it('never make a drug an inferred combination partner; an inhibitor of the same driver is one', async () => {
    const r = await gql(
      ctx.app,
      `query($drug: ID!) { combinationTherapies(drug: $drug, first: 50) { partner { name } basis
         rationale { sign nodes { id } } } }`,
      { drug: BASE },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.combinationTherapies.map((c: any) => [c.partner.name, c.basis])).toEqual([
      ['truth-inhibitib', 'INFERRED'],
    ]);
    expect(r.data.combinationTherapies[0].rationale).toEqual([{ sign: 1, nodes: [{ id: DRIVER }, { id: BASE }] }]);
  });

  it('give resistance paths through them sign 0, neither promoting nor counteracting', async () => {
    const r = await gql(
      ctx.app,
      `query($drug: ID!) { resistancePaths(drug: $drug, first: 10) { sign nodes { name } } }`,
      { drug: BASE },
    );
    const signs = Object.fromEntries(r.data.resistancePaths.map((p: any) => [p.nodes[0].name, p.sign]));
    expect(signs).toEqual({ TRUTHDRV1: 1, 'truth-inhibitib': -1, 'truth-unknownib': 0, 'truth-binderib': 0 });
  });
});
