/**
 * Subscriptions over WebSocket (graphql-ws) against the real Neo4j, with two app instances as two
 * API processes on one database: writes go through one, subscribers listen on the other.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, useInstances, type Instance } from '../support/db.js';

const instances = useInstances(2, { livePollMs: 50 });
const clients: Client[] = [];
let writer: Instance;
let listener: Instance;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [writer, listener] = instances as [Instance, Instance];
  tokens.curator = await signToken(TEST_SECRET, 'cora', 'CURATOR');
  tokens.editor = await signToken(TEST_SECRET, 'eddie', 'EDITOR');
});
afterAll(async () => {
  for (const c of clients) await c.dispose(); // before the instances close (hooks run in reverse)
});

function client(on: Instance, token?: string): Client {
  const c = createClient({
    url: on.base.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(c);
  return c;
}

/** Subscribes and collects every message (data or errors) until disposed. */
function watch(c: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: any[] = [];
  const dispose = c.subscribe(
    { query, variables },
    {
      next: (m) => {
        received.push(m);
      },
      error: (e) => {
        received.push({ errors: Array.isArray(e) ? e : [e] });
      },
      complete: () => undefined,
    },
  );
  const until = (count: number) =>
    vi.waitFor(
      () => {
        if (received.length < count) throw new Error(`waited for ${count} messages, got ${JSON.stringify(received)}`);
      },
      { timeout: 20_000, interval: 50 },
    );
  return { received, until, dispose };
}

async function call(on: Instance, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${on.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  return body.data;
}

const STATEMENT = 'RESISTKG:stmt-P16'; // CAV1 → AXL, on sorafenib's resistance paths
const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { reviewEvidence(id: $id, expectedVersion: $v, decision: ACCEPT) { status } }`;
let n = 0;
const submit = () =>
  call(
    writer,
    SUBMIT,
    {
      input: {
        statementId: STATEMENT,
        source: { pmid: '40715090' },
        sentence: `Subscription test sentence ${++n}: CAV1 raises AXL in sorafenib-resistant cells.`,
        level: 'B',
        modelSystem: 'CELL_LINE',
        direction: 'SUPPORTS',
        rating: 4,
      },
    },
    tokens.curator,
  ).then((d) => d.submitEvidence as { id: string; version: number });

describe('subscriptions', () => {
  it('pushes a derived ranking once when a write changes it, and nothing when a write does not', async () => {
    const c = client(listener);
    const paths = watch(
      c,
      `subscription { resistancePathsChanged(drug: "sorafenib", first: 5) { score nodes { id } } }`,
    );
    const evidence = watch(c, `subscription($s: ID) { evidenceChanged(statement: $s) { seq action about } }`, {
      s: STATEMENT,
    });
    await new Promise((r) => setTimeout(r, 500)); // both subscribed
    const RANKING = `{ resistancePaths(drug: "sorafenib", first: 5) { score nodes { id } } }`;
    const before = (await call(listener, RANKING, {})).resistancePaths;

    // A submission is pending evidence: belief and so the ranking stay as they were.
    const submitted = await submit();
    await evidence.until(1);
    expect(evidence.received[0].data.evidenceChanged).toMatchObject({ action: 'SUBMIT' });
    expect(evidence.received[0].data.evidenceChanged.about).toContain(submitted.id);
    await new Promise((r) => setTimeout(r, 300)); // several polls later
    expect(paths.received).toEqual([]);

    // Accepting it raises the statement's belief, and so the score of the paths through it.
    await call(writer, ACCEPT, { id: submitted.id, v: submitted.version }, tokens.editor);
    await paths.until(1);
    await evidence.until(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(paths.received).toHaveLength(1);
    const pushed = paths.received[0].data.resistancePathsChanged as { score: number; nodes: { id: string }[] }[];
    expect(pushed.some((p) => p.nodes.some((x) => x.id === 'HGNC:1527'))).toBe(true); // through CAV1
    // The one push is the new ranking (not the unchanged one again, e.g. because cursors name the graph version).
    const after = (await call(listener, RANKING, {})).resistancePaths;
    expect(after).not.toEqual(before);
    expect(pushed).toEqual(after);
    paths.dispose();
    evidence.dispose();
  });

  it("refuses the editors' review queue without a token, and to a curator", async () => {
    const anonymous = watch(client(listener), `subscription { reviewQueueChanged { action } }`);
    await anonymous.until(1);
    expect(anonymous.received[0].errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const curator = watch(client(listener, tokens.curator), `subscription { reviewQueueChanged { action } }`);
    await curator.until(1);
    expect(curator.received[0].errors[0].extensions.code).toBe('FORBIDDEN');

    const editor = watch(client(listener, tokens.editor), `subscription { reviewQueueChanged { action actor } }`);
    await new Promise((r) => setTimeout(r, 500));
    await submit();
    await editor.until(1);
    expect(editor.received[0].data.reviewQueueChanged).toEqual({ action: 'SUBMIT', actor: 'cora' });
    editor.dispose();
  });

  it('applies the query limits and validation to subscriptions', async () => {
    const c = client(listener);
    const deep = watch(c, `subscription { evidenceChanged { seq } }`);
    await deep.until(1);
    expect(deep.received[0].errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const invalid = watch(c, `subscription { noSuchField }`);
    await invalid.until(1);
    expect(invalid.received[0].errors[0].message).toMatch(/noSuchField/);
  });
});

describe('events', () => {
  it('pages every committed change in commit order, and continues from the last cursor', async () => {
    const EVENTS = `query($after: String, $first: Int) { events(after: $after, first: $first) {
      edges { cursor node { seq action } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await call(listener, EVENTS, { first: 2 }, undefined)).events;
    expect(first.edges).toHaveLength(2);
    expect(first.edges[0].node.seq).toBeLessThan(first.edges[1].node.seq);
    let cursor = first.pageInfo.endCursor as string;
    let all = first.edges.map((e: any) => e.node.seq);
    for (let page = (await call(listener, EVENTS, { after: cursor, first: 100 })).events; ;) {
      all = all.concat(page.edges.map((e: any) => e.node.seq));
      cursor = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
      page = (await call(listener, EVENTS, { after: cursor, first: 100 })).events;
    }
    expect([...all].sort((a, b) => a - b)).toEqual(all);
    expect(new Set(all).size).toBe(all.length);

    await submit(); // a change after the end: the saved cursor finds exactly it
    const next = (await call(listener, EVENTS, { after: cursor, first: 10 })).events;
    expect(next.edges.map((e: any) => e.node.action)).toEqual(['SUBMIT']);

    const bad = await fetch(`${listener.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ events(after: "b2Zmc2V0OjE") { pageInfo { endCursor } } }` }),
    });
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
