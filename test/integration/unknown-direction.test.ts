/**
 * An interaction whose direction is unknown (sign 0: a DGIdb row with no action, or one that implies
 * no direction) is never taken as inhibition: not as a combination partner, not as a counteracting
 * resistance path. Its own entities (a TRUTHDRV1 driver of resistance to TRUTH-BASE), so the rest
 * of the graph and the other tests are unaffected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importDgidb } from '../../seed/importers/dgidb.js';
import { newEntity } from '../../seed/importers/resolve.js';
import { writeImport } from '../../seed/importers/write.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();
const fixture = new URL('../fixtures/importers/dgidb-unknown-direction.tsv', import.meta.url).pathname;
const BASE = 'RESISTKG:test-truth-base';
const DRIVER = 'RESISTKG:dgidb-gene-TRUTHDRV1';

beforeAll(async () => {
  // The three agents and the driver gene come from the DGIdb fixture; the resisted drug and the
  // driver's resistance statement are added as an import would.
  await importDgidb(ctx.db, fixture);
  const [drug, synonyms] = newEntity('DRUG', BASE, 'truth-base', [], {
    agentType: 'SMALL_MOLECULE',
    approvalStatus: 'EXPERIMENTAL',
  });
  const statementId = 'RESISTKG:stmt-test-truth-resistance';
  await writeImport(
    ctx.db,
    {
      entities: [drug],
      synonyms: [synonyms],
      publications: [{ id: 'RESISTKG:src-test-truth', props: { title: 'test source', name: 'test source' } }],
      statements: [
        {
          id: statementId,
          subject: DRIVER,
          predicate: 'CONFERS_RESISTANCE_TO',
          object: BASE,
          sign: 1,
          props: { tier: 'IMPORT', factKeys: [], contextDisease: null },
          edgeProps: { interactionType: null, mechanism: null, disease: null },
        },
      ],
      evidence: [
        {
          id: 'RESISTKG:ev-test-truth-resistance',
          statementId,
          source: 'RESISTKG:src-test-truth',
          direction: 'SUPPORTS',
          props: {
            sentence: 'TRUTHDRV1 drives resistance.',
            level: 'D',
            modelSystem: 'CELL_LINE',
            rating: 4,
            status: 'ACCEPTED',
            curator: 'test',
            significance: null,
          },
        },
      ],
    },
    () => undefined,
    'test',
  );
});

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
