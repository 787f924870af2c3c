/**
 * The response cache and read-your-writes across API processes, over HTTP against the real Neo4j:
 * two app instances, each with its own driver, bookmark manager and cache (as two processes on one
 * database), a write through one and an immediate read through the other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, useInstances, type Instance } from '../support/db.js';

const instances = useInstances(2, { responseCacheMb: 64 });
let a: Instance;
let b: Instance;
let curator: string;
beforeAll(async () => {
  [a, b] = instances as [Instance, Instance];
  curator = await signToken(TEST_SECRET, 'cora', 'CURATOR');
});

const COUNTS = `query counts { stats { evidenceCount } }`;
const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id } }`;
let n = 0;
const evidence = () => ({
  statementId: 'RESISTKG:stmt-P16',
  source: { pmid: '40715090' },
  sentence: `Cache test sentence ${++n} about CAV1 and AXL in resistant cells.`,
  level: 'D',
  modelSystem: 'CELL_LINE',
  direction: 'SUPPORTS',
  rating: 3,
});

/**
 * A GET as an HTTP cache sends it. (fetch adds `Cache-Control: no-cache` to a request with
 * If-None-Match unless the request has its own Cache-Control, and no-cache forbids a 304.)
 */
function get(on: Instance, query: string, headers: Record<string, string> = {}) {
  return fetch(`${on.base}/graphql?query=${encodeURIComponent(query)}`, {
    headers: {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
      'cache-control': 'max-age=0',
      ...headers,
    },
  });
}
async function post(on: Instance, query: string, variables = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${on.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: (await res.json()) as any };
}
async function cacheCounts(on: Instance): Promise<{ hit: number; miss: number }> {
  const metric = await on.app.metrics.responseCache.get();
  const of = (result: string) => metric.values.find((v) => v.labels.result === result)?.value ?? 0;
  return { hit: of('hit'), miss: of('miss') };
}
const evidenceCount = async (res: Response) => ((await res.json()) as any).data.stats.evidenceCount as number;

describe('response cache', () => {
  it('answers a repeated read from the cache, and never serves it after a write through another process', async () => {
    const first = await evidenceCount(await get(b, COUNTS));
    const before = await cacheCounts(b);
    expect(await evidenceCount(await get(b, COUNTS))).toBe(first);
    expect(await cacheCounts(b)).toEqual({ hit: before.hit + 1, miss: before.miss });

    const write = await post(a, SUBMIT, { input: evidence() }, { authorization: `Bearer ${curator}` });
    expect(write.body.errors).toBeUndefined();
    // The very next read through the other process sees the write: the version is in the graph.
    expect(await evidenceCount(await get(b, COUNTS))).toBe(first + 1);
    expect((await cacheCounts(b)).miss).toBe(before.miss + 1);
  });

  it('gives GET answers an ETag, answers 304 while nothing changed, and a new ETag after a write', async () => {
    const res = await get(b, COUNTS);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await get(b, COUNTS, { 'if-none-match': etag! })).status).toBe(304);
    expect((await get(a, COUNTS, { 'if-none-match': etag! })).status).toBe(304); // same key on every process

    await post(a, SUBMIT, { input: evidence() }, { authorization: `Bearer ${curator}` });
    const after = await get(b, COUNTS, { 'if-none-match': etag! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('keeps one token’s answers to itself and caches no errors', async () => {
    const ME = `{ me { id role } }`;
    const mine = await post(b, ME, {}, { authorization: `Bearer ${curator}` });
    expect(mine.body.data.me.id).toBe('cora');
    expect((await post(b, ME)).body.data.me).toBeNull();
    const other = await signToken(TEST_SECRET, 'eddie', 'EDITOR');
    expect((await post(b, ME, {}, { authorization: `Bearer ${other}` })).body.data.me.id).toBe('eddie');

    const before = await cacheCounts(b);
    const tooMany = `{ search(query: "CAV1", first: 101) { score } }`;
    expect((await post(b, tooMany)).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post(b, tooMany)).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await cacheCounts(b)).toEqual({ hit: before.hit, miss: before.miss + 2 }); // errors are not kept
  });
});

describe('bookmarks', () => {
  it('returns the bookmark of a write and accepts it on another process', async () => {
    const write = await post(a, SUBMIT, { input: evidence() }, { authorization: `Bearer ${curator}` });
    const bookmark = write.res.headers.get('resistkg-bookmark');
    expect(bookmark).toBeTruthy();
    expect(write.body.extensions.bookmark).toBe(bookmark);
    const read = await post(b, COUNTS, {}, { 'resistkg-bookmark': bookmark! });
    expect(read.res.status).toBe(200);
    expect(read.body.data.stats.evidenceCount).toBeGreaterThan(0);
    expect(read.res.headers.get('resistkg-bookmark')).toBeNull(); // reads commit nothing
  });

  it('refuses a header that is not a bookmark, or one the database does not know, with BAD_USER_INPUT', async () => {
    const malformed = await post(b, COUNTS, {}, { 'resistkg-bookmark': 'not a bookmark' });
    expect(malformed.res.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await post(b, COUNTS, {}, { 'resistkg-bookmark': 'FB:not-a-real-bookmark' });
    expect(unknown.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
