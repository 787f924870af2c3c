/**
 * A frontend's normalized cache across a curation write: Apollo Client with relayStylePagination
 * pages Gene.targetedBy over HTTP while a curator adds a drug that ranks above the cursor. Keyset
 * cursors continue after the item they name, so the rows a client merges are the list as it was
 * read: every target exactly once, none repeated, none skipped (an offset cursor repeats one).
 */
import type { Server } from 'node:http';
import { ApolloClient, HttpLink, InMemoryCache, gql as tag } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../db/database.js';
import { signToken } from '../../server/auth.js';
import type { App } from '../../server/app.js';
import { TEST_SECRET, listen, testApp } from '../support/db.js';

/** RET: four agents target it in the seed (lenvatinib, sorafenib, regorafenib, cabozantinib). */
const GENE = 'HGNC:9967';
/** Bemcentinib, which the seed does not say targets RET: the curator's new statement. */
const NEW_AGENT = 'CHEMBL.COMPOUND:CHEMBL3809489';

const TARGETED_BY = tag`
  query TargetedBy($id: ID!, $first: Int, $after: String) {
    gene(id: $id) {
      id
      targetedBy(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor belief node { id name } statement { id } }
      }
    }
  }
`;

let db: Database;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  // Generous timeouts: a loaded test machine must not turn the curation write into a failure here.
  db = new Database({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword'), timeoutMs: 120_000 });
  app = await testApp(db, 100, { requestTimeoutMs: 180_000 });
  ({ server, base } = await listen(app));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

async function call(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A curator submits strong evidence for a new RET target and an editor accepts it. */
async function addTarget(): Promise<number> {
  const curator = await signToken(TEST_SECRET, 'paging-curator', 'CURATOR');
  const editor = await signToken(TEST_SECRET, 'paging-editor', 'EDITOR');
  let belief = 0;
  for (const n of [1, 2]) {
    const submitted = await call(
      `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version } }`,
      {
        input: {
          statement: {
            subject: NEW_AGENT,
            predicate: 'TARGETS',
            object: GENE,
            sign: -1,
            interactionType: 'INHIBITOR',
          },
          source: { pmid: '40715090' },
          sentence: `Paging test ${n}: bemcentinib inhibits RET kinase activity in resistant cells and patients.`,
          level: 'A',
          modelSystem: 'CLINICAL_TRIAL',
          direction: 'SUPPORTS',
          rating: 5,
        },
      },
      curator,
    );
    const reviewed = await call(
      `mutation($id: ID!, $v: Int!) { reviewEvidence(id: $id, expectedVersion: $v, decision: ACCEPT) { statement { belief } } }`,
      { id: submitted.submitEvidence.id, v: submitted.submitEvidence.version },
      editor,
    );
    belief = reviewed.reviewEvidence.statement.belief;
  }
  return belief;
}

describe('Apollo Client relayStylePagination across a curation write', () => {
  it('pages Gene.targetedBy without duplicates or gaps while a new target ranks above the cursor', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${base}/graphql` }),
      cache: new InMemoryCache({ typePolicies: { Gene: { fields: { targetedBy: relayStylePagination() } } } }),
    });
    const page = async (after: string | null) =>
      (
        await client.query({
          query: TARGETED_BY,
          variables: { id: GENE, first: 2, after },
          fetchPolicy: 'network-only',
        })
      ).data as any;

    const first = (await page(null)).gene.targetedBy;
    const before = first.totalCount;
    expect(before).toBeGreaterThanOrEqual(4);
    const cursorBelief = first.edges.at(-1).belief;
    const original = (
      await call(
        `query($id: ID!) { gene(id: $id) { targetedBy(first: 100) { edges { node { id } statement { id } } } } }`,
        { id: GENE },
        await signToken(TEST_SECRET, 'paging-reader', 'CURATOR'),
      )
    ).gene.targetedBy.edges.map((e: any) => `${e.node.id} ${e.statement.id}`);

    // The write: a new edge that ranks above the end of the first page (an offset cursor would
    // now point one item earlier and repeat the first page's last row).
    const newBelief = await addTarget();
    expect(newBelief).toBeGreaterThan(cursorBelief);

    let after = first.pageInfo.endCursor;
    for (let i = 0; i < 10 && after; i++) {
      const next = (await page(after)).gene.targetedBy;
      expect(next.totalCount).toBe(before + 1);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }

    const merged = (client.readQuery({ query: TARGETED_BY, variables: { id: GENE, first: 2, after: null } }) as any)
      .gene.targetedBy.edges;
    const rows = merged.map((e: any) => `${e.node.id} ${e.statement.id}`);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(original);
    expect(rows.some((r: string) => r.startsWith(NEW_AGENT))).toBe(false);

    // A fresh read shows the new target first among those it outranks.
    const fresh = (await page(null)).gene.targetedBy;
    expect(fresh.edges.map((e: any) => e.node.id)).toContain(NEW_AGENT);
  }, 300_000);

  it('refuses a cursor of another list with BAD_USER_INPUT', async () => {
    const reader = await signToken(TEST_SECRET, 'paging-reader', 'CURATOR');
    const q = `query($id: ID!, $after: String) { gene(id: $id) { targetedBy(first: 1, after: $after) {
      pageInfo { endCursor } } } }`;
    const cursor = (await call(q, { id: GENE, after: null }, reader)).gene.targetedBy.pageInfo.endCursor;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q, variables: { id: 'HGNC:6342', after: cursor } }),
    });
    const body: any = await res.json();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/another list/);
  });
});
