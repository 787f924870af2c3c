/**
 * Filters of statement lists (interactionTypes, minBelief, minLevel, modelSystems, approvedOnly)
 * on the curated seed against the real Neo4j: each filtered page is the unfiltered list filtered
 * here, in the same order, with totalCount counting what passes; cursors survive a filter change.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

const EV = `evidence(status: ACCEPTED, first: 10) { totalCount edges { node { level modelSystem direction } } }`;
const SUBJECTS = `subject { id ... on Drug { approvalStatus } } object { id ... on Drug { approvalStatus } }`;
const EDGE = `totalCount edges { cursor belief node { id } statement { id interactionType ${SUBJECTS} ${EV} } }`;
const STATEMENTS = `totalCount edges { cursor node { id belief interactionType ${SUBJECTS} ${EV} } }`;

/** Each list: its GraphQL path (gene/drug/... root and field), and how its items read. */
const LISTS = [
  { name: 'Gene.targetedBy', root: 'gene(symbol: "AXL")', field: 'targetedBy', edge: true },
  { name: 'Drug.targets', root: 'drug(name: "sorafenib")', field: 'targets', edge: true },
  { name: 'Gene.regulators', root: 'gene(symbol: "CAV1")', field: 'regulators', edge: true },
  { name: 'Gene.statements', root: 'gene(symbol: "AXL")', field: 'statements', edge: false },
  { name: 'Drug.statements', root: 'drug(name: "sorafenib")', field: 'statements', edge: false },
] as const;

type List = (typeof LISTS)[number];

interface Item {
  id: string;
  belief: number;
  interactionType: string | null;
  approved: boolean;
  evidence: { level: string; modelSystem: string; direction: string }[];
}

async function read(list: List, args: string) {
  const sel = list.edge ? EDGE : STATEMENTS;
  const q = `{ x: ${list.root} { ${list.field}(first: 50${args ? `, ${args}` : ''}) { ${sel} } } }`;
  return gql(ctx.app, q);
}

function items(list: List, conn: any): Item[] {
  return conn.edges.map((e: any) => {
    const s = list.edge ? e.statement : e.node;
    expect(s.evidence.totalCount).toBe(s.evidence.edges.length);
    return {
      id: s.id,
      belief: list.edge ? e.belief : s.belief,
      interactionType: s.interactionType,
      approved: [s.subject, s.object].some((n: any) => n.approvalStatus === 'APPROVED'),
      evidence: s.evidence.edges.map((x: any) => x.node),
    };
  });
}

const ids = (xs: Item[]) => xs.map((x) => x.id);
const supporting = (x: Item) => x.evidence.filter((e) => e.direction === 'SUPPORTS');

const FILTERS: { args: string; keep: (x: Item) => boolean }[] = [
  { args: 'interactionTypes: [INHIBITOR]', keep: (x) => x.interactionType === 'INHIBITOR' },
  { args: 'minBelief: 0.5', keep: (x) => x.belief >= 0.5 },
  { args: 'minLevel: B', keep: (x) => supporting(x).some((e) => e.level <= 'B') },
  { args: 'modelSystems: [CELL_LINE]', keep: (x) => supporting(x).some((e) => e.modelSystem === 'CELL_LINE') },
  { args: 'approvedOnly: true', keep: (x) => x.approved },
  {
    args: 'minLevel: D, modelSystems: [PATIENT_COHORT, XENOGRAFT], minBelief: 0.1',
    keep: (x) =>
      x.belief >= 0.1 &&
      supporting(x).some((e) => e.level <= 'D' && ['PATIENT_COHORT', 'XENOGRAFT'].includes(e.modelSystem)),
  },
];

describe('filters on statement lists', () => {
  for (const list of LISTS) {
    it(`${list.name}: each filter keeps exactly what it names, in order, and counts it`, async () => {
      const all = await read(list, '');
      expect(all.errors).toBeUndefined();
      const every = items(list, all.data.x[list.field]);
      expect(every.length).toBeGreaterThan(0);
      expect(all.data.x[list.field].totalCount).toBe(every.length);
      for (const f of FILTERS) {
        const r = await read(list, f.args);
        expect(r.errors, f.args).toBeUndefined();
        const conn = r.data.x[list.field];
        expect(ids(items(list, conn)), `${list.name} ${f.args}`).toEqual(ids(every.filter(f.keep)));
        expect(conn.totalCount, `${list.name} ${f.args}`).toBe(every.filter(f.keep).length);
      }
    });
  }

  it('the filters exclude something somewhere, and a filter can exclude everything', async () => {
    const excluded = new Set<string>();
    for (const list of LISTS) {
      const every = items(list, (await read(list, '')).data.x[list.field]);
      for (const f of FILTERS) if (every.some((x) => !f.keep(x))) excluded.add(f.args);
    }
    expect([...excluded].sort()).toEqual(FILTERS.map((f) => f.args).sort());
    const none = await read(LISTS[0], 'minBelief: 1, interactionTypes: [AGONIST]');
    expect(none.errors).toBeUndefined();
    expect(none.data.x.targetedBy).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses bad values with BAD_USER_INPUT naming the argument', async () => {
    for (const [args, field] of [
      ['minBelief: 1.5', 'minBelief'],
      ['minBelief: -0.1', 'minBelief'],
      ['interactionTypes: []', 'interactionTypes'],
      ['modelSystems: []', 'modelSystems'],
    ] as const) {
      for (const list of [LISTS[0], LISTS[3]]) {
        const r = await read(list, args);
        expect(r.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.field, args).toBe(field);
      }
    }
    const unknown = await read(LISTS[0], 'minLevel: Z');
    expect(unknown.errors?.length).toBeGreaterThan(0);
  });

  it('a cursor is bound to the list, not the filter: it continues the list under another filter', async () => {
    const list = LISTS[3];
    const every = items(list, (await read(list, '')).data.x.statements);
    const first = await gql(ctx.app, `{ x: ${list.root} { statements(first: 1) { edges { cursor node { id } } } } }`);
    const cursor = first.data.x.statements.edges[0].cursor;
    const r = await read(list, `after: "${cursor}", minBelief: 0.2`);
    expect(r.errors).toBeUndefined();
    expect(ids(items(list, r.data.x.statements))).toEqual(ids(every.slice(1).filter((x) => x.belief >= 0.2)));
  });
});
