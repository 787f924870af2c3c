/**
 * A statement whose every evidence record was rejected or retracted leaves the traversal graph:
 * no path, neighbourhood edge, degree or edge list sees it. It comes back when evidence is
 * accepted again. Runs on entities of its own, so other tests' answers are untouched.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuthResult } from '../../domain/auth.js';
import { useTestApp } from '../support/db.js';

const ctx = useTestApp();

type Role = 'CURATOR' | 'EDITOR' | 'ADMIN';
async function as(user: string | null, role: Role | null, query: string, variables: Record<string, unknown> = {}) {
  const token = { id: randomUUID(), issuedAt: new Date(0), expiresAt: new Date(8.64e15) };
  const auth: AuthResult =
    user && role ? { user: { id: user, role }, token, error: null } : { user: null, token: null, error: null };
  const res = await ctx.app.apollo.executeOperation(
    { query, variables },
    { contextValue: ctx.app.context(undefined, auth) },
  );
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const { data, errors } = res.body.singleResult;
  expect(errors).toBeUndefined();
  return data as any;
}
const read = (query: string, variables: Record<string, unknown> = {}) => as(null, null, query, variables);

const GENE = 'HGNC:99901';
const DRUG = 'CHEMBL.COMPOUND:CHEMBL9990001';
const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version statement { id } } }`;
const REVIEW = `mutation($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String) {
  reviewEvidence(id: $id, expectedVersion: $v, decision: $d, comment: $c) { status version } }`;
const RETRACT = `mutation($id: ID!, $v: Int!, $r: String!) { retractEvidence(id: $id, expectedVersion: $v, reason: $r) { status } }`;
const PATHS = `query($drug: ID!) { resistancePaths(drug: $drug, first: 20) { nodes { id } edges { statement { id } } } }`;
const HOOD = `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { nodes { entityId } edges { statementId } } }`;
const STATEMENT = `query($id: ID!) { statement(id: $id) { id belief evidenceCount inTraversalGraph } }`;

let n = 0;
const evidence = (statement: Record<string, unknown>) => ({
  ...statement,
  source: { pmid: '40715090' },
  sentence: `Traversal-graph test sentence ${++n}: the gene confers resistance to the drug in resistant cells.`,
  level: 'C',
  modelSystem: 'CELL_LINE',
  direction: 'SUPPORTS',
  rating: 3,
});

async function state(statementId: string) {
  const paths = (await read(PATHS, { drug: DRUG })).resistancePaths as { edges: { statement: { id: string } }[] }[];
  const hood = (await read(HOOD, { ids: [GENE] })).neighborhood as {
    nodes: { entityId: string }[];
    edges: { statementId: string }[];
  };
  return {
    inPaths: paths.some((p) => p.edges.some((e) => e.statement.id === statementId)),
    inNeighbourhood: hood.edges.some((e) => e.statementId === statementId),
    drugIsNeighbour: hood.nodes.some((x) => x.entityId === DRUG),
  };
}

describe('statements whose evidence was all rejected or retracted', () => {
  it('leave paths and neighbourhoods, stay readable by id, and come back when evidence is accepted', async () => {
    await as('tara', 'CURATOR', ADD, {
      input: { kind: 'GENE', id: GENE, name: 'traversal test gene', symbol: 'TRVX1' },
    });
    await as('tara', 'CURATOR', ADD, { input: { kind: 'DRUG', id: DRUG, name: 'traversaltestinib' } });
    const statement = {
      statementId: null,
      statement: { subject: GENE, predicate: 'CONFERS_RESISTANCE_TO', object: DRUG, sign: 1 },
    };

    // Submitted, then accepted by an editor: the statement is part of the traversal graph.
    const first = (await as('tara', 'CURATOR', SUBMIT, { input: evidence(statement) })).submitEvidence;
    const sid = first.statement.id as string;
    await as('ed', 'EDITOR', REVIEW, { id: first.id, v: first.version, d: 'ACCEPT' });
    expect(await state(sid)).toEqual({ inPaths: true, inNeighbourhood: true, drugIsNeighbour: true });

    // Its only evidence retracted: gone from paths and neighbourhoods, still readable by id.
    await as('ed', 'EDITOR', RETRACT, { id: first.id, v: first.version + 1, r: 'The figure shows another line.' });
    expect(await state(sid)).toEqual({ inPaths: false, inNeighbourhood: false, drugIsNeighbour: false });
    expect((await read(STATEMENT, { id: sid })).statement).toMatchObject({
      id: sid,
      belief: 0,
      evidenceCount: 1,
      inTraversalGraph: false,
    });

    // A second submission, rejected: still out.
    const second = (await as('tara', 'CURATOR', SUBMIT, { input: evidence({ statementId: sid }) })).submitEvidence;
    await as('ed', 'EDITOR', REVIEW, { id: second.id, v: second.version, d: 'REJECT', c: 'Not shown in the paper.' });
    expect(await state(sid)).toEqual({ inPaths: false, inNeighbourhood: false, drugIsNeighbour: false });

    // A third, accepted: back, with its belief.
    const third = (await as('tara', 'CURATOR', SUBMIT, { input: evidence({ statementId: sid }) })).submitEvidence;
    await as('erin', 'EDITOR', REVIEW, { id: third.id, v: third.version, d: 'ACCEPT' });
    expect(await state(sid)).toEqual({ inPaths: true, inNeighbourhood: true, drugIsNeighbour: true });
    const back = (await read(STATEMENT, { id: sid })).statement;
    expect(back.belief).toBeGreaterThan(0);
    expect(back).toMatchObject({ evidenceCount: 3, inTraversalGraph: true });
  });
});
