/**
 * A hostile-input battery (npm run test:hostile): generated requests with Cypher and Lucene injection
 * strings in every string argument, deep nesting, alias and fragment bombs, huge id lists, absurd
 * numbers, wrong types, invalid identifiers, malformed JSON, wrong content types, oversized bodies,
 * batches, forged and expired tokens. Each must get an answer below 500 with only catalogue codes
 * (never INTERNAL), and the database fingerprint must be identical before and after.
 */
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ErrorCode } from '../../domain/errors.js';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, useTestApp, listen } from '../support/db.js';
import { jsonBody } from '../support/gql.js';

const ctx = useTestApp();
let server: Server;
let base: string;
let curator: string;
let editor: string;

beforeAll(async () => {
  ({ server, base } = await listen(ctx.app));
  curator = await signToken(TEST_SECRET, 'hostile-curator', 'CURATOR');
  editor = await signToken(TEST_SECRET, 'hostile-editor', 'EDITOR');
});
afterAll(() => new Promise((r) => server.close(r)));

/** Counts per label and relationship type, and a checksum of curated records and their versions. */
async function fingerprint(): Promise<string> {
  const labels = await ctx.db.read('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const types = await ctx.db.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  const curated = await ctx.db.read(
    `MATCH (n) WHERE n:Statement OR n:Evidence OR n:Entity OR n:AuditEvent
     RETURN n.id AS id, n.version AS v, n.status AS s, n.belief AS b, n.name AS name ORDER BY id`,
  );
  return createHash('sha256')
    .update(JSON.stringify([labels, types, curated]))
    .digest('hex');
}

const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "CAV1'}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  '$drug',
  '\\u0000\u0000',
  '*:*',
  'name:(a OR b) AND NOT c',
  '"unclosed',
  '/.*/',
  'CAV1~~~~^999',
  '{!lucene}x',
  '<script>alert(1)</script>',
  '‮gnirts',
  'x'.repeat(5000),
];

const STRING_QUERIES: [string, string][] = [
  ['gene', 'query($s: String) { gene(symbol: $s) { id } }'],
  ['geneId', 'query($s: ID) { gene(id: $s) { id } }'],
  ['drug', 'query($s: String) { drug(name: $s) { id } }'],
  ['mirna', 'query($s: String) { mirna(name: $s) { id } }'],
  ['disease', 'query($s: String) { disease(name: $s) { id } }'],
  ['search', 'query($s: String!) { search(query: $s) { node { id } } }'],
  ['node', 'query($s: ID!) { node(id: $s) { id } }'],
  ['statement', 'query($s: ID!) { statement(id: $s) { id } }'],
  ['resistance', 'query($s: ID!) { resistancePaths(drug: $s, disease: $s) { sign } }'],
  ['combinations', 'query($s: ID!) { combinationTherapies(drug: $s) { score } }'],
  ['paths', 'query($s: ID!) { paths(from: $s, to: $s) { sign } }'],
  ['neighborhood', 'query($s: ID!) { neighborhood(ids: [$s]) { truncated } }'],
  ['cohort', 'query($s: ID!) { cohort(id: $s) { id } }'],
  ['survival', 'query($s: ID!) { cohorts { survival(groupBy: { expression: { gene: $s } }) { excluded } } }'],
  [
    'survival-attribute',
    'query($s: String!) { cohorts { survival(groupBy: { attribute: { attribute: $s } }) { excluded } } }',
  ],
  [
    'patient-filter',
    'query($s: String!) { cohorts { patients(filter: [{ attribute: $s, equals: $s }]) { totalCount } } }',
  ],
];

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id } }`;
const base_input = {
  statementId: 'RESISTKG:stmt-P16',
  source: { pmid: '40715090' },
  sentence: 'A long enough sentence for validation.',
  level: 'D',
  modelSystem: 'CELL_LINE',
  direction: 'SUPPORTS',
  rating: 9, // invalid on purpose: free-text fields may carry anything, but nothing may be written
};

interface Req {
  name: string;
  body?: string;
  method?: string;
  headers?: Record<string, string>;
  path?: string;
}

function gqlReq(name: string, query: string, variables: Record<string, unknown> = {}, token?: string): Req {
  return {
    name,
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  };
}

function battery(): Req[] {
  const reqs: Req[] = [];
  for (const [name, q] of STRING_QUERIES)
    for (const [i, s] of INJECTIONS.entries()) reqs.push(gqlReq(`${name}#${i}`, q, { s }));
  for (const [i, s] of INJECTIONS.entries()) {
    reqs.push(
      gqlReq(`submit.statementId#${i}`, SUBMIT, { input: { ...base_input, rating: 3, statementId: s } }, curator),
    );
    reqs.push(
      gqlReq(`submit.pmid#${i}`, SUBMIT, { input: { ...base_input, rating: 3, source: { pmid: s } } }, curator),
    );
    reqs.push(
      gqlReq(`submit.sentence#${i}`, SUBMIT, { input: { ...base_input, sentence: `${s} padding padding` } }, curator),
    );
    reqs.push(gqlReq(`submit.key#${i}`, SUBMIT, { input: { ...base_input, rating: 3, idempotencyKey: s } }, curator));
    reqs.push(
      gqlReq(
        `submit.statement#${i}`,
        SUBMIT,
        {
          input: {
            ...base_input,
            rating: 3,
            statementId: null,
            statement: { subject: s, predicate: 'REGULATES', object: 'HGNC:905', sign: 1, context: { note: s } },
          },
        },
        curator,
      ),
    );
    reqs.push(
      gqlReq(
        `addEntity#${i}`,
        'mutation($i: EntityInput!) { addEntity(input: $i) { id } }',
        { i: { kind: 'GENE', id: s, name: s, symbol: s } },
        curator,
      ),
    );
    reqs.push(
      gqlReq(
        `review#${i}`,
        'mutation($id: ID!) { reviewEvidence(id: $id, expectedVersion: 1, decision: REJECT, comment: "x") { id } }',
        { id: s },
        editor,
      ),
    );
  }
  // Deep nesting, alias and fragment bombs.
  let deep = '{ id }';
  for (let i = 0; i < 30; i++) deep = `{ statements(first: 1) { edges { node { subject { ... on Gene ${deep} } } } } }`;
  reqs.push(gqlReq('deep', `{ gene(symbol: "CAV1") ${deep} }`));
  reqs.push(
    gqlReq('aliases', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: gene(symbol: "CAV1") { id }`).join(' ')} }`),
  );
  const frags = Array.from(
    { length: 25 },
    (_, i) => `fragment F${i} on Gene { a: symbol ...F${i + 1} b: symbol ...F${i + 1} }`,
  ).join('\n');
  reqs.push(gqlReq('fragment-bomb', `{ gene(symbol: "CAV1") { ...F0 } }\n${frags}\nfragment F25 on Gene { id }`));
  reqs.push(
    gqlReq(
      'fragment-cycle',
      `{ gene(symbol: "CAV1") { ...A } } fragment A on Gene { ...B } fragment B on Gene { ...A }`,
    ),
  );
  reqs.push(
    gqlReq(
      'nested-lists',
      `{ drug(name: "sorafenib") { targets(first: 100) { edges { node { ... on Gene { targetedBy(first: 100) { edges { node { ... on Drug { targets(first: 100) { totalCount } } } } } } } } } } }`,
    ),
  );
  // Huge lists, absurd numbers, wrong types, invalid identifiers.
  reqs.push(
    gqlReq('ids-10k', 'query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', {
      ids: Array.from({ length: 10000 }, (_, i) => `HGNC:${i}`),
    }),
  );
  for (const [name, q] of [
    ['first-negative', '{ drug(name: "sorafenib") { targets(first: -1) { totalCount } } }'],
    ['first-huge', '{ drug(name: "sorafenib") { targets(first: 2147483647) { totalCount } } }'],
    ['first-overflow', '{ drug(name: "sorafenib") { targets(first: 99999999999) { totalCount } } }'],
    ['hops-negative', '{ resistancePaths(drug: "sorafenib", maxHops: -5) { sign } }'],
    ['hops-60', '{ resistancePaths(drug: "sorafenib", maxHops: 60) { sign } }'],
    ['belief-huge', '{ resistancePaths(drug: "sorafenib", minBelief: 1e308) { sign } }'],
    ['depth-9', '{ neighborhood(ids: ["HGNC:1527"], depth: 9) { truncated } }'],
    ['limit-huge', '{ neighborhood(ids: ["HGNC:1527"], limit: 1000000) { truncated } }'],
    ['wrong-type', '{ drug(name: "sorafenib") { targets(first: "ten") { totalCount } } }'],
    ['wrong-type-ids', '{ neighborhood(ids: 5) { truncated } }'],
    ['unknown-field', '{ gene(symbol: "CAV1") { password } }'],
    ['unknown-enum', '{ neighborhood(ids: ["HGNC:1527"], predicates: [DELETE]) { truncated } }'],
    ['bad-cursor', '{ drug(name: "sorafenib") { targets(first: 3, after: "Jyk7IERFTEVURQ") { totalCount } } }'],
    ['search-empty', '{ search(query: "   ") { score } }'],
    ['search-first-0', '{ search(query: "CAV1", first: 0) { score } }'],
    [
      'threshold-missing',
      '{ cohorts { survival(groupBy: { expression: { gene: "CAV1", split: THRESHOLD } }) { excluded } } }',
    ],
    ['expression-genes-10k', `{ cohorts { samples(first: 1) { edges { node { id } } } } }`],
    ['syntax', '{ gene(symbol: "CAV1" { id }'],
    ['empty-query', ''],
    ['introspection-deep', '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'],
  ] as const) {
    reqs.push(gqlReq(name, q));
  }
  const stale = gqlReq(
    'stale-version',
    'mutation { reviewEvidence(id: "RESISTKG:ev-P16-1", expectedVersion: 99, decision: ACCEPT) { id } }',
    {},
    editor,
  );
  reqs.push(stale);
  reqs.push(
    gqlReq(
      'own-role',
      'mutation { reviewEvidence(id: "RESISTKG:ev-P16-1", expectedVersion: 1, decision: ACCEPT) { id } }',
      {},
      curator,
    ),
  );
  // Tokens.
  reqs.push(gqlReq('token-garbage', SUBMIT, { input: base_input }, 'garbage'));
  reqs.push({
    ...gqlReq('token-scheme', SUBMIT, { input: base_input }),
    headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
  });
  reqs.push(
    gqlReq(
      'token-none-alg',
      SUBMIT,
      { input: base_input },
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJldmUiLCJyb2xlIjoiQURNSU4iLCJpc3MiOiJyZXNpc3RrZyJ9.',
    ),
  );
  // HTTP-level abuse.
  reqs.push({
    name: 'malformed-json',
    body: '{"query": "{ gene(symbol: \\"CAV1\\") { id } }"',
    headers: { 'content-type': 'application/json' },
  });
  reqs.push({
    name: 'json-array-batch',
    body: JSON.stringify([{ query: '{ stats { nodeCount } }' }, { query: '{ stats { nodeCount } }' }]),
    headers: { 'content-type': 'application/json' },
  });
  reqs.push({ name: 'text-plain', body: '{ stats { nodeCount } }', headers: { 'content-type': 'text/plain' } });
  reqs.push({
    name: 'form',
    body: 'query=%7B%20stats%20%7B%20nodeCount%20%7D%20%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  reqs.push({
    name: 'oversized',
    body: JSON.stringify({ query: `{ stats { nodeCount } } # ${'x'.repeat(2_000_000)}` }),
    headers: { 'content-type': 'application/json' },
  });
  reqs.push({
    name: 'get-mutation',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { retractEvidence(id: "x", expectedVersion: 1, reason: "r") { id } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  reqs.push({ name: 'null-body', body: 'null', headers: { 'content-type': 'application/json' } });
  reqs.push({ name: 'number-body', body: '42', headers: { 'content-type': 'application/json' } });
  reqs.push({
    name: 'variables-string',
    body: JSON.stringify({ query: '{ stats { nodeCount } }', variables: 'DROP' }),
    headers: { 'content-type': 'application/json' },
  });
  return reqs;
}

const CATALOGUE = new Set<string>(Object.values(ErrorCode));

it(
  'answers at least 150 hostile requests below 500 with catalogue codes, and changes nothing',
  { timeout: 240_000 },
  async () => {
    const before = await fingerprint();
    const reqs = battery();
    expect(reqs.length).toBeGreaterThanOrEqual(150);
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (const r of reqs) {
      const res = await fetch(`${base}${r.path ?? '/graphql'}`, {
        method: r.method ?? 'POST',
        headers: r.headers,
        body: r.method === 'GET' ? undefined : r.body,
      });
      const text = await res.text();
      let body: { errors?: { extensions?: { code?: string } }[] } | null = null;
      try {
        body = JSON.parse(text);
      } catch {
        failures.push(`${r.name}: not JSON (${res.status}): ${text.slice(0, 80)}`);
        continue;
      }
      if (res.status >= 500) failures.push(`${r.name}: HTTP ${res.status}`);
      const outcome = `${res.status} ${body?.errors?.[0]?.extensions?.code ?? 'ok'}`;
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
      for (const e of body?.errors ?? []) {
        const code = e.extensions?.code ?? 'none';
        if (!CATALOGUE.has(code) || code === 'INTERNAL')
          failures.push(`${r.name}: code ${code}: ${JSON.stringify(e).slice(0, 160)}`);
      }
      if (/stacktrace|at [\w.]+ \(.*:\d+:\d+\)/.test(text)) failures.push(`${r.name}: leaks a stack trace`);
    }
    if (process.env.HOSTILE_REPORT) console.log(Object.fromEntries(seen));
    expect(failures).toEqual([]);
    // The battery reached every kind of refusal, not just one early gate.
    const codes = new Set([...seen.keys()].map((k) => k.split(' ')[1]));
    for (const code of [
      'BAD_USER_INPUT',
      'QUERY_TOO_COMPLEX',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'CONFLICT',
      'NOT_FOUND',
      'ok',
    ])
      expect(codes).toContain(code);
    expect([...seen.keys()].some((k) => k.startsWith('413'))).toBe(true);
    expect(await fingerprint()).toBe(before);
  },
);

it('refuses deep, aliased and costly queries with QUERY_TOO_COMPLEX before running them', async () => {
  const post = (query: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then(jsonBody);
  const aliases = await post(
    `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: gene(symbol: "CAV1") { id }`).join(' ')} }`,
  );
  expect(aliases.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  let deep = '{ id }';
  for (let i = 0; i < 8; i++) deep = `{ statements(first: 1) { edges { node { subject { ... on Gene ${deep} } } } } }`;
  expect((await post(`{ gene(symbol: "CAV1") ${deep} }`)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  const costly = await post(
    `{ drug(name: "sorafenib") { targets(first: 100) { edges { node { ... on Gene { targetedBy(first: 100) { edges { node { ... on Drug { targets(first: 100) { edges { statement { evidence(first: 100) { totalCount } } } } } } } } } } } } } }`,
  );
  expect(costly.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
});
