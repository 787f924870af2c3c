/** The curation workflow over HTTP, with tokens from `npm run token`, against the real Neo4j. */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitEvidence } from '../../db/curation.repo.js';
import type { Database } from '../../db/database.js';
import { loadSeed } from '../../seed/load.js';
import { signToken } from '../../server/auth.js';
import type { App } from '../../server/app.js';
import { TEST_SECRET, testApp, testDatabase, listen } from '../support/db.js';

let db: Database;
let app: App;
let server: Server;
let base: string;
const tokens: Record<string, string> = {};

/** `npm run token -- --user NAME --role ROLE`, run as a user would; the token is the last line. */
function cliToken(user: string, role: string): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--user', user, '--role', role], {
    env: { ...process.env, AUTH_SECRET: TEST_SECRET },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.trim().split('\n').at(-1)!;
}

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  ({ server, base } = await listen(app));
  tokens.curator = cliToken('cora', 'CURATOR');
  tokens.curator2 = await signToken(TEST_SECRET, 'carl', 'CURATOR');
  tokens.editor1 = await signToken(TEST_SECRET, 'eddie', 'EDITOR');
  tokens.editor2 = await signToken(TEST_SECRET, 'erin', 'EDITOR');
  tokens.admin = await signToken(TEST_SECRET, 'ada', 'ADMIN');
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

async function call(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const code = (r: any) => r.errors?.[0]?.extensions?.code;
const field = (r: any) => r.errors?.[0]?.extensions?.field;

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) {
  id status version curator level modelSystem direction rating sentence source { ... on Publication { id pmid } }
  statement { id belief } } }`;
const REVIEW = `mutation($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String) {
  reviewEvidence(id: $id, expectedVersion: $v, decision: $d, comment: $c) { id status version reviewedBy reviewComment statement { belief } } }`;
const BELIEF = `query($id: ID!) { statement(id: $id) { belief evidenceCount } }`;
const COUNTS = `{ stats { nodeCount relationshipCount statementCount evidenceCount } }`;

let n = 0;
const evidenceInput = (over: Record<string, unknown> = {}) => ({
  statementId: 'RESISTKG:stmt-P16',
  source: { pmid: '40715090' },
  sentence: `Test evidence sentence number ${++n} about CAV1 and AXL in resistant cells.`,
  level: 'D',
  modelSystem: 'CELL_LINE',
  direction: 'SUPPORTS',
  rating: 3,
  ...over,
});

describe('authentication and roles', () => {
  it('refuses anonymous, malformed, forged and expired tokens on mutations, and lets readers query', async () => {
    expect(code(await call(SUBMIT, { input: evidenceInput() }))).toBe('UNAUTHENTICATED');
    expect(code(await call(SUBMIT, { input: evidenceInput() }, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
    const forged = await signToken('some-other-secret-of-enough-length-000', 'mallory', 'ADMIN');
    expect(code(await call(SUBMIT, { input: evidenceInput() }, forged))).toBe('UNAUTHENTICATED');
    const expired = await signToken(TEST_SECRET, 'old', 'CURATOR', '-1h');
    expect(code(await call(SUBMIT, { input: evidenceInput() }, expired))).toBe('UNAUTHENTICATED');
    const read = await call(`{ gene(symbol: "CAV1") { symbol } }`);
    expect(read.data.gene.symbol).toBe('CAV1');
  });

  it('keeps the review queue to editors', async () => {
    expect(code(await call(`{ reviewQueue(first: 5) { totalCount } }`))).toBe('UNAUTHENTICATED');
    expect(code(await call(`{ reviewQueue(first: 5) { totalCount } }`, {}, tokens.curator))).toBe('FORBIDDEN');
    const q = await call(`{ reviewQueue(first: 5) { totalCount edges { node { id status } } } }`, {}, tokens.editor1);
    expect(q.errors).toBeUndefined();
  });
});

describe('the workflow', () => {
  it('submits, deduplicates retries, reviews with one winner, raises belief and keeps history', async () => {
    const before = (await call(BELIEF, { id: 'RESISTKG:stmt-P16' })).data.statement;
    const input = evidenceInput({ idempotencyKey: 'wf-key-0001' });
    const sub = await call(SUBMIT, { input }, tokens.curator);
    expect(sub.errors).toBeUndefined();
    const ev = sub.data.submitEvidence;
    expect(ev).toMatchObject({ status: 'SUBMITTED', version: 1, curator: 'cora' });
    expect(ev.statement.belief).toBe(before.belief);

    const again = await call(SUBMIT, { input }, tokens.curator);
    expect(again.data.submitEvidence.id).toBe(ev.id);
    expect((await call(BELIEF, { id: 'RESISTKG:stmt-P16' })).data.statement.evidenceCount).toBe(
      before.evidenceCount + 1,
    );

    expect(code(await call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT' }, tokens.curator))).toBe('FORBIDDEN');
    const noComment = await call(REVIEW, { id: ev.id, v: 1, d: 'REJECT' }, tokens.editor1);
    expect(code(noComment)).toBe('BAD_USER_INPUT');
    expect(field(noComment)).toBe('comment');

    const [a, b] = await Promise.all([
      call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT' }, tokens.editor1),
      call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT' }, tokens.editor2),
    ]);
    const results = [a, b].map((r) => (r.errors ? code(r) : r.data.reviewEvidence.status)).sort();
    expect(results).toEqual(['ACCEPTED', 'CONFLICT']);
    const after = (await call(BELIEF, { id: 'RESISTKG:stmt-P16' })).data.statement;
    expect(after.belief).toBeGreaterThan(before.belief);

    const hist = await call(
      `query($id: ID!) { evidence(id: $id) { version history { action actor role comment before after } } }`,
      { id: ev.id },
    );
    expect(hist.data.evidence.version).toBe(2);
    expect(hist.data.evidence.history.map((h: any) => h.action)).toEqual(['SUBMIT', 'ACCEPT']);
    expect(hist.data.evidence.history[1].before.status).toBe('SUBMITTED');
    expect(hist.data.evidence.history[1].after.status).toBe('ACCEPTED');
    const sHist = await call(`{ statement(id: "RESISTKG:stmt-P16") { history { action } } }`);
    expect(sHist.data.statement.history.map((h: any) => h.action)).toEqual(
      expect.arrayContaining(['SUBMIT', 'ACCEPT']),
    );
  });

  it('answers concurrent retries with one idempotency key with one evidence record', async () => {
    const input = evidenceInput({ idempotencyKey: 'race-key-0001' });
    const results = await Promise.all([1, 2, 3].map(() => call(SUBMIT, { input }, tokens.curator2)));
    const ids = new Set(results.map((r) => r.data?.submitEvidence?.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
  });

  it('stops an editor from accepting their own submission', async () => {
    const mine = (await call(SUBMIT, { input: evidenceInput() }, tokens.editor1)).data.submitEvidence;
    expect(code(await call(REVIEW, { id: mine.id, v: 1, d: 'ACCEPT' }, tokens.editor1))).toBe('FORBIDDEN');
    const other = await call(
      REVIEW,
      { id: mine.id, v: 1, d: 'REJECT', c: 'Sentence does not support the statement.' },
      tokens.editor2,
    );
    expect(other.data.reviewEvidence).toMatchObject({ status: 'REJECTED', reviewedBy: 'erin' });
  });

  it('holds four eyes for admins too: whoever revised the content last cannot accept it', async () => {
    const ev = (await call(SUBMIT, { input: evidenceInput() }, tokens.curator)).data.submitEvidence;
    const REVISE = `mutation($id: ID!, $v: Int!, $p: EvidencePatch!) { reviseEvidence(id: $id, expectedVersion: $v, patch: $p) { status version } }`;
    const rev = await call(
      REVISE,
      { id: ev.id, v: 1, p: { sentence: 'An admin rewrote this sentence entirely, claiming more.' } },
      tokens.admin,
    );
    expect(rev.data.reviseEvidence).toEqual({ status: 'SUBMITTED', version: 2 });
    expect(code(await call(REVIEW, { id: ev.id, v: 2, d: 'ACCEPT' }, tokens.admin))).toBe('FORBIDDEN');
    const ok = await call(REVIEW, { id: ev.id, v: 2, d: 'ACCEPT' }, tokens.editor1);
    expect(ok.data.reviewEvidence).toMatchObject({ status: 'ACCEPTED', reviewedBy: 'eddie' });
  });

  it('revises (a new version, reviewed again) and retracts, moving belief back', async () => {
    const ev = (
      await call(
        SUBMIT,
        { input: evidenceInput({ statementId: 'RESISTKG:stmt-P17', level: 'B', modelSystem: 'PATIENT_COHORT' }) },
        tokens.curator,
      )
    ).data.submitEvidence;
    const b0 = (await call(BELIEF, { id: 'RESISTKG:stmt-P17' })).data.statement.belief;
    await call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT' }, tokens.editor1);
    const b1 = (await call(BELIEF, { id: 'RESISTKG:stmt-P17' })).data.statement.belief;
    expect(b1).toBeGreaterThan(b0);

    const REVISE = `mutation($id: ID!, $v: Int!, $p: EvidencePatch!) { reviseEvidence(id: $id, expectedVersion: $v, patch: $p) { status version rating } }`;
    expect(code(await call(REVISE, { id: ev.id, v: 1, p: { rating: 4 } }, tokens.curator))).toBe('CONFLICT');
    expect(code(await call(REVISE, { id: ev.id, v: 2, p: { rating: 4 } }, tokens.curator2))).toBe('FORBIDDEN');
    const rev = await call(REVISE, { id: ev.id, v: 2, p: { rating: 4 } }, tokens.curator);
    expect(rev.data.reviseEvidence).toMatchObject({ status: 'SUBMITTED', version: 3, rating: 4 });
    expect((await call(BELIEF, { id: 'RESISTKG:stmt-P17' })).data.statement.belief).toBe(b0);

    await call(REVIEW, { id: ev.id, v: 3, d: 'ACCEPT' }, tokens.editor2);
    const RETRACT = `mutation($id: ID!, $v: Int!, $r: String!) { retractEvidence(id: $id, expectedVersion: $v, reason: $r) { status retractionReason } }`;
    expect(code(await call(RETRACT, { id: ev.id, v: 4, r: '' }, tokens.editor1))).toBe('BAD_USER_INPUT');
    const ret = await call(
      RETRACT,
      { id: ev.id, v: 4, r: 'The cited figure is about another cell line.' },
      tokens.editor1,
    );
    expect(ret.data.retractEvidence.status).toBe('RETRACTED');
    expect((await call(BELIEF, { id: 'RESISTKG:stmt-P17' })).data.statement.belief).toBe(b0);
    const hist = await call(`query($id: ID!) { evidence(id: $id) { history { action } } }`, { id: ev.id });
    expect(hist.data.evidence.history.map((h: any) => h.action)).toEqual([
      'SUBMIT',
      'ACCEPT',
      'REVISE',
      'ACCEPT',
      'RETRACT',
    ]);
  });

  it('creates a new statement with belief 0 until its evidence is accepted', async () => {
    const r = await call(
      SUBMIT,
      {
        input: evidenceInput({
          statementId: null,
          statement: {
            subject: 'HGNC:11364',
            predicate: 'CONFERS_RESISTANCE_TO',
            object: 'CHEMBL.COMPOUND:CHEMBL1289601',
            sign: 1,
            context: { disease: 'MONDO:0007256', setting: 'test' },
          },
        }),
      },
      tokens.curator,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data.submitEvidence.statement;
    expect(s.belief).toBe(0);
    const paths = await call(`{ resistancePaths(drug: "lenvatinib", first: 100) { nodes { id } } }`);
    expect(paths.data.resistancePaths.some((p: any) => p.nodes[0].id === 'HGNC:11364' && p.nodes.length === 2)).toBe(
      true,
    );
  });
});

describe('a submission retried by the driver after a lost commit reply', () => {
  /** The database as the driver behaves when a commit's reply is lost: the work committed, then runs again. */
  const replaying = (): Database =>
    Object.create(db, {
      writeTx: {
        value: async (work: Parameters<Database['writeTx']>[0], opts?: Parameters<Database['writeTx']>[1]) => {
          await db.writeTx(work, opts);
          return db.writeTx(work, opts);
        },
      },
    }) as Database;
  const stored = async (sentence: string) =>
    (await db.read('MATCH (e:Evidence {sentence: $sentence}) RETURN e.id AS id', { sentence })).map((r) => r.id);

  it('stores one evidence without an idempotencyKey, and with one', async () => {
    const user = { id: 'cora', role: 'CURATOR' as const };
    for (const idempotencyKey of [null, 'replay-key-0001']) {
      const input = { ...evidenceInput(), idempotencyKey };
      const outcome = await submitEvidence(replaying(), user, input as Parameters<typeof submitEvidence>[2]);
      expect(outcome).toHaveProperty('id');
      expect(await stored(input.sentence)).toEqual([(outcome as { id: string }).id]);
    }
    // A client's key still returns the first attempt's evidence on a later request.
    const input = evidenceInput({ idempotencyKey: 'replay-key-0002' });
    const first = await call(SUBMIT, { input }, tokens.curator);
    const again = await call(SUBMIT, { input }, tokens.curator);
    expect(again.data.submitEvidence.id).toBe(first.data.submitEvidence.id);
    expect(await stored(input.sentence as string)).toEqual([first.data.submitEvidence.id]);
  });
});

describe('concurrency and reloads', () => {
  it('lets exactly one of four racing editors win, every time', async () => {
    const editors = await Promise.all(['e1', 'e2', 'e3', 'e4'].map((u) => signToken(TEST_SECRET, u, 'EDITOR')));
    for (let round = 0; round < 3; round++) {
      const ev = (await call(SUBMIT, { input: evidenceInput() }, tokens.curator)).data.submitEvidence;
      const results = await Promise.all(editors.map((t) => call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT' }, t)));
      const outcomes = results.map((r) => (r.errors ? code(r) : r.data.reviewEvidence.status)).sort();
      expect(outcomes).toEqual(['ACCEPTED', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
      const hist = await call(`query($id: ID!) { evidence(id: $id) { version history { action } } }`, { id: ev.id });
      expect(hist.data.evidence).toEqual({ version: 2, history: [{ action: 'SUBMIT' }, { action: 'ACCEPT' }] });
    }
  });

  it('reloading the seed never undoes a curator’s retraction', async () => {
    const id = 'RESISTKG:ev-P28-1';
    const ev = (await call(`query($id: ID!) { evidence(id: $id) { version status } }`, { id })).data.evidence;
    expect(ev.status).toBe('ACCEPTED');
    const RETRACT = `mutation($id: ID!, $v: Int!) { retractEvidence(id: $id, expectedVersion: $v, reason: "Superseded by the full text.") { status } }`;
    expect((await call(RETRACT, { id, v: ev.version }, tokens.admin)).data.retractEvidence.status).toBe('RETRACTED');
    await loadSeed(db);
    expect((await call(`query($id: ID!) { evidence(id: $id) { status } }`, { id })).data.evidence.status).toBe(
      'RETRACTED',
    );
  });
});

describe('validation: BAD_USER_INPUT naming the field, and nothing written', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['bad PMID', { source: { pmid: 'PMID:abc' } }, 'input.source.pmid'],
    ['bad DOI', { source: { doi: 'doi.org/xyz' } }, 'input.source.doi'],
    ['both pmid and doi', { source: { pmid: '40715090', doi: '10.1038/s41419-025-07887-4' } }, 'input.source'],
    ['no source', { source: {} }, 'input.source'],
    ['short sentence', { sentence: 'short' }, 'input.sentence'],
    ['rating 0', { rating: 0 }, 'input.rating'],
    ['rating 6', { rating: 6 }, 'input.rating'],
    ['bad idempotency key', { idempotencyKey: 'a b' }, 'input.idempotencyKey'],
    ['unknown statement', { statementId: 'RESISTKG:stmt-NOPE' }, 'input.statementId'],
    [
      'both statementId and statement',
      { statement: { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 1 } },
      'input.statementId',
    ],
    ['neither', { statementId: null }, 'input.statementId'],
    [
      'unknown subject',
      { statementId: null, statement: { subject: 'HGNC:999999', predicate: 'REGULATES', object: 'HGNC:905', sign: 1 } },
      'input.statement.subject',
    ],
    [
      'unknown object',
      {
        statementId: null,
        statement: { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:999998', sign: 1 },
      },
      'input.statement.object',
    ],
    [
      'unknown disease',
      {
        statementId: null,
        statement: {
          subject: 'HGNC:1527',
          predicate: 'REGULATES',
          object: 'HGNC:905',
          sign: 1,
          context: { disease: 'MONDO:9999999' },
        },
      },
      'input.statement.context.disease',
    ],
    [
      'sign 0',
      { statementId: null, statement: { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 0 } },
      'input.statement.sign',
    ],
    [
      'sign against predicate',
      {
        statementId: null,
        statement: {
          subject: 'HGNC:1527',
          predicate: 'CONFERS_RESISTANCE_TO',
          object: 'CHEMBL.COMPOUND:CHEMBL1336',
          sign: -1,
        },
      },
      'input.statement.sign',
    ],
    [
      'inhibitor with sign +1',
      {
        statementId: null,
        statement: {
          subject: 'CHEMBL.COMPOUND:CHEMBL1336',
          predicate: 'TARGETS',
          object: 'HGNC:905',
          sign: 1,
          interactionType: 'INHIBITOR',
        },
      },
      'input.statement.sign',
    ],
    [
      'TARGETS without interaction type',
      {
        statementId: null,
        statement: { subject: 'CHEMBL.COMPOUND:CHEMBL1336', predicate: 'TARGETS', object: 'HGNC:905', sign: -1 },
      },
      'input.statement.interactionType',
    ],
    [
      'self loop',
      { statementId: null, statement: { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:1527', sign: 1 } },
      'input.statement.object',
    ],
  ];

  it.each(cases)('%s', async (_name, over, expectedField) => {
    const before = (await call(COUNTS)).data.stats;
    const r = await call(SUBMIT, { input: evidenceInput(over) }, tokens.curator);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(field(r)).toBe(expectedField);
    expect((await call(COUNTS)).data.stats).toEqual(before);
  });

  const longDoi = `10.1038/${'x'.repeat(9000)}`;
  const longCases: [string, Record<string, unknown>, string][] = [
    ['9 kB DOI', { source: { doi: longDoi } }, 'input.source.doi'],
    ['long PMID padding', { source: { pmid: `${' '.repeat(5000)}40715090` } }, 'input.source.pmid'],
    ['long statementId', { statementId: `RESISTKG:${'s'.repeat(9000)}` }, 'input.statementId'],
    ['long sentence', { sentence: 'a'.repeat(4001) }, 'input.sentence'],
    ['long idempotency key', { idempotencyKey: 'k'.repeat(9000) }, 'input.idempotencyKey'],
    [
      'long subject',
      {
        statementId: null,
        statement: { subject: `HGNC:${'1'.repeat(9000)}`, predicate: 'REGULATES', object: 'HGNC:905', sign: 1 },
      },
      'input.statement.subject',
    ],
    [
      'long cell type',
      {
        statementId: null,
        statement: {
          subject: 'HGNC:1527',
          predicate: 'REGULATES',
          object: 'HGNC:905',
          sign: 1,
          context: { cellType: 'c'.repeat(9000) },
        },
      },
      'input.statement.context.cellType',
    ],
  ];

  it.each(longCases)('over-long but valid: %s', async (_name, over, expectedField) => {
    const before = (await call(COUNTS)).data.stats;
    const r = await call(SUBMIT, { input: evidenceInput(over) }, tokens.curator);
    expect([code(r), field(r)]).toEqual(['BAD_USER_INPUT', expectedField]);
    expect((await call(COUNTS)).data.stats).toEqual(before);
  });

  it('over-long revisions, comments, reasons, entities and lookups are BAD_USER_INPUT naming the field', async () => {
    const ev = (await call(SUBMIT, { input: evidenceInput() }, tokens.curator)).data.submitEvidence;
    const REVISE = `mutation($id: ID!, $v: Int!, $p: EvidencePatch!) { reviseEvidence(id: $id, expectedVersion: $v, patch: $p) { version } }`;
    const RETRACT = `mutation($id: ID!, $v: Int!, $r: String!) { retractEvidence(id: $id, expectedVersion: $v, reason: $r) { status } }`;
    const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id } }`;
    const gene = { kind: 'GENE', id: 'HGNC:30000', name: 'a gene', symbol: 'LONGTEST1' };
    const checks: [Promise<any>, string][] = [
      [call(REVISE, { id: ev.id, v: 1, p: { source: { doi: longDoi } } }, tokens.curator), 'patch.source.doi'],
      [call(REVIEW, { id: ev.id, v: 1, d: 'ACCEPT', c: 'c'.repeat(4001) }, tokens.editor1), 'comment'],
      [call(REVIEW, { id: `RESISTKG:${'e'.repeat(9000)}`, v: 1, d: 'ACCEPT' }, tokens.editor1), 'id'],
      [call(RETRACT, { id: ev.id, v: 1, r: 'r'.repeat(4001) }, tokens.curator), 'reason'],
      [call(ADD, { input: { ...gene, name: 'caveolin-é'.repeat(400) } }, tokens.curator), 'input.name'],
      [call(ADD, { input: { ...gene, name: '\uFDFA'.repeat(100) } }, tokens.curator), 'input.name'],
      [call(ADD, { input: { ...gene, aliases: ['a'.repeat(201)] } }, tokens.curator), 'input.aliases'],
      [call(ADD, { input: { ...gene, id: `HGNC:${'1'.repeat(9000)}` } }, tokens.curator), 'input.id'],
      [call(`query($s: String!) { gene(symbol: $s) { id } }`, { s: 'G'.repeat(9000) }), 'symbol'],
      [call(`query($s: String!) { drug(name: $s) { id } }`, { s: 'd'.repeat(9000) }), 'name'],
      [call(`query($s: ID!) { gene(id: $s) { id } }`, { s: `HGNC:${'1'.repeat(9000)}` }), 'id'],
      [call(`query($s: String!) { search(query: $s) { node { id } } }`, { s: 's'.repeat(9000) }), 'query'],
      [call(`query($s: ID!) { resistancePaths(drug: $s) { sign } }`, { s: 'd'.repeat(9000) }), 'drug'],
    ];
    for (const [pending, expectedField] of checks) {
      const r = await pending;
      expect([code(r), field(r)], JSON.stringify(r.errors?.[0]?.message)?.slice(0, 200)).toEqual([
        'BAD_USER_INPUT',
        expectedField,
      ]);
    }
    expect((await call(`{ node(id: "HGNC:30000") { id } }`)).data.node).toBeNull();
    expect((await call(`query($id: ID!) { evidence(id: $id) { version } }`, { id: ev.id })).data.evidence.version).toBe(
      1,
    );
  });

  it('refuses an unknown predicate, level, model system, mechanism or significance at the schema', async () => {
    for (const over of [
      { level: 'Z' },
      { modelSystem: 'MOUSE' },
      { significance: 'MAYBE' },
      {
        statementId: null,
        statement: { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 1, mechanism: 'MAGIC' },
      },
      { statementId: null, statement: { subject: 'HGNC:1527', predicate: 'CAUSES', object: 'HGNC:905', sign: 1 } },
    ]) {
      expect(code(await call(SUBMIT, { input: evidenceInput(over) }, tokens.curator))).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a write to unknown evidence with NOT_FOUND and a bad version with BAD_USER_INPUT', async () => {
    expect(code(await call(REVIEW, { id: 'RESISTKG:ev-none', v: 1, d: 'ACCEPT' }, tokens.editor1))).toBe('NOT_FOUND');
    expect(code(await call(REVIEW, { id: 'RESISTKG:ev-none', v: 0, d: 'ACCEPT' }, tokens.editor1))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('evidence type and variant context', () => {
  const T790M = 'RESISTKG:var-EGFR-p.Thr790Met';
  const G12C = 'RESISTKG:var-KRAS-p.Gly12Cys';
  const SUBMIT_CONTEXT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) {
    id version evidenceType significance statement { id context { alterations { id } resistanceType variantOrigin } } } }`;
  const REVISE = `mutation($id: ID!, $v: Int!, $p: EvidencePatch!) {
    reviseEvidence(id: $id, expectedVersion: $v, patch: $p) { version evidenceType significance } }`;
  // EGFR C797S confers resistance to osimertinib in T790M tumours (variant-facts V4); the context may
  // name variants of any gene (KRAS G12C here), not only the subject's.
  const statement = (context: Record<string, unknown>) => ({
    subject: 'RESISTKG:var-EGFR-p.Cys797Ser',
    predicate: 'CONFERS_RESISTANCE_TO',
    object: 'RESISTKG:osimertinib',
    sign: 1,
    context: { disease: 'RESISTKG:disease-NSCLC', setting: 'curation test', ...context },
  });
  const submit = (context: Record<string, unknown>, over: Record<string, unknown> = {}) =>
    call(
      SUBMIT_CONTEXT,
      { input: evidenceInput({ statementId: null, statement: statement(context), level: 'B', ...over }) },
      tokens.curator,
    );

  it('stores the evidence type and the context, and tells statements apart by their variants', async () => {
    const context = { alterations: [T790M, G12C], resistanceType: 'ACQUIRED', variantOrigin: 'SOMATIC' };
    const r = await submit(context, { evidenceType: 'PREDICTIVE', significance: 'REDUCED_SENSITIVITY' });
    expect(r.errors).toBeUndefined();
    const ev = r.data.submitEvidence;
    expect(ev).toMatchObject({ evidenceType: 'PREDICTIVE', significance: 'REDUCED_SENSITIVITY' });
    expect(ev.statement.context).toEqual({
      alterations: [{ id: T790M }, { id: G12C }],
      resistanceType: 'ACQUIRED',
      variantOrigin: 'SOMATIC',
    });
    // The same variants in another order: the same statement; other variants or none: another.
    const again = await submit({ ...context, alterations: [G12C, T790M] });
    expect(again.data.submitEvidence.statement.id).toBe(ev.statement.id);
    const onlyT790M = await submit({ ...context, alterations: [T790M] });
    expect(onlyT790M.data.submitEvidence.statement.id).not.toBe(ev.statement.id);
    const none = await submit({});
    expect(none.data.submitEvidence.statement.context).toEqual({
      alterations: [],
      resistanceType: null,
      variantOrigin: null,
    });
    expect(new Set([ev, onlyT790M.data.submitEvidence, none.data.submitEvidence].map((e) => e.statement.id)).size).toBe(
      3,
    );
  });

  it('refuses unknown or non-variant alterations, repeats and a significance of another evidence type; writes nothing', async () => {
    const before = (await call(COUNTS)).data.stats;
    const cases: [Record<string, unknown>, Record<string, unknown>, string, RegExp][] = [
      [{ alterations: [T790M, 'RESISTKG:var-EGFR-p.Nope'] }, {}, 'input.statement.context.alterations[1]', /no entity/],
      [{ alterations: ['HGNC:3236'] }, {}, 'input.statement.context.alterations[0]', /is a gene, not a variant/],
      [{ alterations: [T790M, T790M] }, {}, 'input.statement.context.alterations[1]', /given twice/],
      [
        { alterations: [T790M] },
        { evidenceType: 'PROGNOSTIC', significance: 'RESISTANCE' },
        'input.significance',
        /RESISTANCE belongs to PREDICTIVE evidence, not PROGNOSTIC/,
      ],
    ];
    for (const [context, over, where, message] of cases) {
      const r = await submit(context, over);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(field(r)).toBe(where);
      expect(r.errors[0].message).toMatch(message);
    }
    for (const over of [{ evidenceType: 'SPECULATIVE' }, { significance: 'SENSITIVITY' }])
      expect(code(await submit({}, over))).toBe('BAD_USER_INPUT');
    expect(code(await submit({ resistanceType: 'LATE' }))).toBe('BAD_USER_INPUT');
    expect((await call(COUNTS)).data.stats).toEqual(before);
  });

  it('revises the evidence type and significance only as a matching pair', async () => {
    const r = await submit({ alterations: [T790M] }, { evidenceType: 'PREDICTIVE', significance: 'RESISTANCE' });
    const { id } = r.data.submitEvidence;
    const bad = await call(REVISE, { id, v: 1, p: { significance: 'POOR_OUTCOME' } }, tokens.curator);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(field(bad)).toBe('patch.significance');
    const ok = await call(
      REVISE,
      { id, v: 1, p: { evidenceType: 'PROGNOSTIC', significance: 'POOR_OUTCOME' } },
      tokens.curator,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.reviseEvidence).toEqual({ version: 2, evidenceType: 'PROGNOSTIC', significance: 'POOR_OUTCOME' });
  });
});

describe('addEntity', () => {
  const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id name kind ... on Gene { symbol aliases } } }`;

  it('adds a gene that is then found by its alias, and refuses duplicates and bad ids', async () => {
    const input = {
      kind: 'GENE',
      id: 'HGNC:11998',
      name: 'tumor protein p53',
      symbol: 'TP53',
      aliases: ['p53', 'LFS1'],
    };
    expect(code(await call(ADD, { input }))).toBe('UNAUTHENTICATED');
    const r = await call(ADD, { input }, tokens.curator);
    expect(r.errors).toBeUndefined();
    expect(r.data.addEntity).toMatchObject({ id: 'HGNC:11998', kind: 'GENE', symbol: 'TP53' });
    expect((await call(`{ gene(symbol: "p53") { id } }`)).data.gene.id).toBe('HGNC:11998');
    expect(code(await call(ADD, { input }, tokens.curator))).toBe('CONFLICT');
    const bad = await call(ADD, { input: { ...input, id: 'HGNC:TP53' } }, tokens.curator);
    expect([code(bad), field(bad)]).toEqual(['BAD_USER_INPUT', 'input.id']);
    const badMir = await call(
      ADD,
      { input: { kind: 'MIRNA', id: 'MIRBASE:MI0000263', name: 'hsa-mir-7-1' } },
      tokens.curator,
    );
    expect(field(badMir)).toBe('input.id');
  });
});

describe('addEntity never takes over an existing name', () => {
  const ADD = `mutation($input: EntityInput!) { addEntity(input: $input) { id } }`;

  it('refuses a name, symbol or alias that already finds another entity with CONFLICT naming it', async () => {
    const before = (await call(COUNTS)).data.stats;
    const takeovers = [
      { kind: 'GENE', id: 'HGNC:2', name: 'an impostor gene', symbol: 'IMPOST1', aliases: ['CAV1'] },
      { kind: 'GENE', id: 'HGNC:3', name: 'caveolin 1', symbol: 'IMPOST2' },
      { kind: 'DRUG', id: 'CHEMBL.COMPOUND:CHEMBL1', name: 'sorafenib' },
    ];
    for (const input of takeovers) {
      const r = await call(ADD, { input }, tokens.curator);
      expect(code(r)).toBe('CONFLICT');
      expect(r.errors[0].extensions.entityId).toMatch(/^(HGNC|CHEMBL)/);
      expect(r.errors[0].message).toContain(r.errors[0].extensions.entityId);
    }
    expect((await call(COUNTS)).data.stats).toEqual(before);
    expect((await call(`{ gene(symbol: "CAV1") { id } }`)).data.gene.id).toBe('HGNC:1527');
    expect((await call(`{ drug(name: "sorafenib") { id } }`)).data.drug.id).not.toBe('CHEMBL.COMPOUND:CHEMBL1');
  });
});

describe('a write that fails in its last statement', () => {
  it('leaves nothing behind', async () => {
    const before = (await call(COUNTS)).data.stats;
    const existingAudit = (await db.read('MATCH (a:AuditEvent) RETURN a.id AS id LIMIT 1'))[0]!.id as string;
    const ids = { statement: 'RESISTKG:stmt-midway-test', evidence: 'RESISTKG:ev-midway-test', audit: existingAudit };
    await expect(
      submitEvidence(
        db,
        { id: 'cora', role: 'CURATOR' },
        {
          statement: {
            subject: 'HGNC:1527',
            predicate: 'REGULATES',
            object: 'HGNC:3236',
            sign: -1,
            context: { setting: 'midway' },
          },
          source: { pmid: '40715090' },
          sentence: 'A sentence that will never be stored anywhere.',
          level: 'D',
          modelSystem: 'CELL_LINE',
          direction: 'SUPPORTS',
          rating: 3,
        },
        (kind) => ids[kind],
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(
      await db.read('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', { ids: [ids.statement, ids.evidence] }),
    ).toEqual([]);
    expect((await call(COUNTS)).data.stats).toEqual(before);
  });
});
