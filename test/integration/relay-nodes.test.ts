/**
 * The Relay contract on the curated seed: every record with an id comes back from node(id) as its
 * own type, and connections page backward (last/before) to the same rows as forward.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

describe('node(id) for every record with a stable id', () => {
  it('returns statements, evidence, cohorts, patients and samples as themselves', async () => {
    const ids = await gql(
      ctx.app,
      `{ statement(id: "RESISTKG:stmt-P16") { id evidence(first: 1) { edges { node { id } } } }
         cohorts { id patients(first: 1) { edges { node { id samples { id } } } } } }`,
    );
    expect(ids.errors).toBeUndefined();
    const evidenceId = ids.data.statement.evidence.edges[0].node.id;
    // A cohort whose patients have samples (an imported clinical-only cohort has none).
    const cohort = ids.data.cohorts.find((c: any) => c.patients.edges[0]?.node.samples.length > 0);
    const patient = cohort.patients.edges[0].node;
    const want = [
      ['RESISTKG:stmt-P16', 'Statement', 'STATEMENT'],
      [evidenceId, 'Evidence', 'EVIDENCE'],
      [cohort.id, 'Cohort', 'COHORT'],
      [patient.id, 'Patient', 'PATIENT'],
      [patient.samples[0].id, 'Sample', 'SAMPLE'],
      ['HGNC:1527', 'Gene', 'GENE'],
    ];
    const r = await gql(
      ctx.app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id kind name
         ... on Statement { predicate subject { id } object { id } } ... on Cohort { patientCount } } }`,
      { ids: [...want.map(([id]) => id), 'NOPE:1'] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.nodes.map((n: any) => n && [n.id, n.__typename, n.kind])).toEqual([...want, null]);
    const s = r.data.nodes[0];
    expect(s.name).toBe(`${s.subject.id} ${s.predicate} ${s.object.id}`);
    expect(r.data.nodes[2].patientCount).toBeGreaterThan(0);
    expect(r.data.nodes[3].name).toBe(patient.id);

    const one = await gql(ctx.app, `query($id: ID!) { node(id: $id) { id ... on Evidence { level } } }`, {
      id: evidenceId,
    });
    expect(one.data.node).toMatchObject({ id: evidenceId, level: expect.any(String) });
  });

  it('does not take a statement id where an entity is meant', async () => {
    const r = await gql(ctx.app, `{ gene(id: "RESISTKG:stmt-P16") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.gene).toBeNull();
  });
});

describe('backward pages', () => {
  it('read the same rows as forward pages, in list order, from the end or before a cursor', async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String) { drug(name: "sorafenib") {
      targets(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor statement { id } } } } }`;
    const all = (await gql(ctx.app, q, { first: 100 })).data.drug.targets;
    const rows = all.edges.map((e: any) => e.statement.id);
    expect(rows.length).toBeGreaterThanOrEqual(6);

    const tail = (await gql(ctx.app, q, { last: 3 })).data.drug.targets;
    expect(tail.edges.map((e: any) => e.statement.id)).toEqual(rows.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true });

    const back: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: any = (await gql(ctx.app, q, { last: 2, before })).data.drug.targets;
      back.unshift(...page.edges.map((e: any) => e.statement.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(back).toEqual(rows);

    const middle = await gql(ctx.app, q, { first: 2, after: all.edges[1].cursor, before: all.edges[4].cursor });
    expect(middle.data.drug.targets.edges.map((e: any) => e.statement.id)).toEqual(rows.slice(2, 4));
  });

  it('refuses first with last, and a cursor of another list', async () => {
    const both = await gql(ctx.app, `{ drug(name: "sorafenib") { targets(first: 1, last: 1) { totalCount } } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const c = (await gql(ctx.app, `{ drug(name: "sorafenib") { targets(first: 1) { pageInfo { endCursor } } } }`)).data
      .drug.targets.pageInfo.endCursor;
    const other = await gql(
      ctx.app,
      `query($c: String) { drug(name: "lenvatinib") { targets(after: $c) { totalCount } } }`,
      {
        c,
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const evidence = await gql(
      ctx.app,
      `query($c: String) { statement(id: "RESISTKG:stmt-P16") { evidence(before: $c, last: 1) { totalCount } } }`,
      { c },
    );
    expect(evidence.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(evidence.errors?.[0]?.message).toMatch(/before/);
  });
});

describe('statements of every entity kind', () => {
  it('lists a drug’s and a miRNA’s statements, each with the entity as subject or object', async () => {
    const r = await gql(
      ctx.app,
      `{ drug(name: "sorafenib") { id targets(first: 1) { totalCount }
           statements(first: 100) { totalCount edges { node { subject { id } object { id } } } } }
         mirna(name: "miR-7") { id statements(last: 2) { totalCount edges { node { id } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const { drug, mirna } = r.data;
    expect(drug.statements.totalCount).toBeGreaterThanOrEqual(drug.targets.totalCount);
    for (const e of drug.statements.edges) expect([e.node.subject.id, e.node.object.id]).toContain(drug.id);
    expect(mirna.statements.totalCount).toBeGreaterThan(0);
    expect(mirna.statements.edges.length).toBe(Math.min(2, mirna.statements.totalCount));
  });
});

/**
 * What a store that normalises by `id` alone (Relay's) does with a response: every object with an
 * id becomes the record of that id. Returns the ids that came back with two different __typenames.
 */
function idsWithTwoTypes(data: unknown): string[] {
  const typeOf = new Map<string, Set<string>>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string') {
      expect(o.__typename, `an object with id ${o.id} asked without __typename`).toBeTypeOf('string');
      typeOf.set(o.id, (typeOf.get(o.id) ?? new Set()).add(o.__typename as string));
    }
    Object.values(o).forEach(walk);
  };
  walk(data);
  return [...typeOf].filter(([, types]) => types.size > 1).map(([id]) => id);
}

describe('a normalised cache keyed by id alone', () => {
  const HOOD = `neighborhood(ids: ["HGNC:1527"], depth: 1, limit: 50) { __typename truncated
    nodes { __typename entityId label depth entity { __typename id name } }
    edges { __typename statementId source target statement { __typename id predicate } } }`;

  it('sees no id with two __typenames in a neighbourhood, gene and statement response', async () => {
    const first = await gql(ctx.app, `{ ${HOOD} }`);
    expect(first.errors).toBeUndefined();
    const edge =
      first.data.neighborhood.edges.find((e: any) => e.statement.predicate === 'TARGETS') ??
      first.data.neighborhood.edges[0];
    const r = await gql(
      ctx.app,
      `query($s: ID!, $d: ID!) { ${HOOD}
         gene(id: "HGNC:1527") { __typename id symbol }
         statement(id: $s) { __typename id subject { __typename id } object { __typename id } }
         node(id: $d) { __typename id } }`,
      { s: edge.statementId, d: edge.source === 'HGNC:1527' ? edge.target : edge.source },
    );
    expect(r.errors).toBeUndefined();
    const hood = r.data.neighborhood;
    // The same entities and statements are in the response both inside the subgraph and at the top.
    const nodeIds = new Set(hood.nodes.map((n: any) => n.entityId));
    expect(nodeIds.has('HGNC:1527') && nodeIds.has(r.data.node.id)).toBe(true);
    expect(hood.edges.some((e: any) => e.statementId === r.data.statement.id)).toBe(true);
    for (const n of hood.nodes) expect(n.entity.id).toBe(n.entityId);
    for (const e of hood.edges) {
      expect(e.statement.id).toBe(e.statementId);
      expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    }
    expect(idsWithTwoTypes(r.data)).toEqual([]);
    // The check can fail: the old shape (the entity's id on the subgraph node) is caught.
    expect(
      idsWithTwoTypes([hood.nodes[0], { ...hood.nodes[0], __typename: 'SubgraphNode', id: 'HGNC:1527', entity: null }]),
    ).toEqual(['HGNC:1527']);
  });
});
