/// <reference lib="dom" />
/**
 * The explorer page in a real headless Chromium (Debian's chromium, driven by playwright-core):
 * search, expand by clicking a node, open an edge's evidence, show sorafenib + HCC paths. Nothing
 * may leave the machine. Screenshots go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import type { App } from '../../server/app.js';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, testApp, testDatabase, listen } from '../support/db.js';
import { loadUnknownDirection } from '../support/unknown-direction.js';

const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
let db: Database;
let app: App;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const external: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  ({ server, base } = await listen(app));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

const nodeCount = () => page.evaluate(() => (window as any).explorer.cy.nodes().length as number);

it(
  'searches, expands, shows evidence and resistance paths, with no request leaving the machine',
  { timeout: 120_000 },
  async () => {
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');

    // Typeahead: "caveolin" finds CAV1; choosing it draws its neighbourhood.
    await page.fill('#search', 'caveolin');
    await page.waitForSelector('#suggestions li');
    expect(await page.textContent('#suggestions li')).toContain('CAV1');
    await page.click('#suggestions li');
    await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 10);
    expect(await page.evaluate(() => (window as any).explorer.cy.getElementById('HGNC:905').length)).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}explorer-search.png` });

    // Click the AXL node on the canvas: it expands.
    const before = await nodeCount();
    const pos = await page.evaluate(() => {
      const n = (window as any).explorer.cy.getElementById('HGNC:905');
      const box = document.getElementById('cy')!.getBoundingClientRect();
      (window as any).explorer.cy.center(n);
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('HGNC:905').data('expanded') === true);
    expect(await nodeCount()).toBeGreaterThan(before);
    await page.waitForSelector('#details h3');
    expect(await page.textContent('#details h3')).toContain('AXL');

    // The evidence panel for the CAV1 → AXL edge cites the paper, with a PubMed link.
    await page.evaluate(() => (window as any).explorer.cy.getElementById('RESISTKG:stmt-P16').emit('tap'));
    await page.waitForSelector('#details .evidence');
    const link = await page.getAttribute('#details .evidence a', 'href');
    expect(link).toBe('https://pubmed.ncbi.nlm.nih.gov/40715090/');
    expect(await page.textContent('#details')).toContain('downstream of the CAV1 pathway');
    await page.screenshot({ path: `${ARTIFACTS}explorer-evidence.png` });

    // Sorafenib in HCC: paths highlighted, candidates listed.
    await page.fill('#drug', 'sorafenib');
    await page.fill('#disease', 'HCC');
    await page.click('#resistance-form button');
    await page.waitForSelector('#paths li');
    await page.waitForSelector('#combinations li');
    const highlighted = await page.evaluate(() => (window as any).explorer.cy.$('edge.path').length as number);
    expect(highlighted).toBeGreaterThan(3);
    expect(await page.textContent('#paths')).toContain('AXL → sorafenib');
    expect(await page.textContent('#combinations')).toContain('bemcentinib');
    await page.click('#combinations li');
    await page.waitForSelector('#details .evidence');
    await page.screenshot({ path: `${ARTIFACTS}explorer-resistance.png` });

    expect(external).toEqual([]);
  },
);

it(
  'shows an interaction of unknown direction as such: grey, sign 0, neither promoting nor counteracting',
  { timeout: 120_000 },
  async () => {
    await loadUnknownDirection(db);
    await page.fill('#drug', 'truth-base');
    await page.fill('#disease', '');
    await page.click('#resistance-form button');
    await page.waitForFunction(() => document.getElementById('paths')?.textContent?.includes('truth-unknownib'));
    const items = await page.$$eval('#paths li', (lis) => lis.map((l) => l.textContent ?? ''));
    expect(items.find((t) => t.includes('truth-unknownib'))).toContain('? direction unknown');
    expect(items.find((t) => t.includes('truth-inhibitib'))).toContain('− counteracts');
    const unknown = await page.evaluate(() =>
      (window as any).explorer.cy
        .edges()
        .filter((e: any) => e.data('sign') === 0)
        // Without the path highlight (yellow), which covers every sign alike.
        .removeClass('path')
        .map((e: any) => e.style('line-color') as string),
    );
    expect(unknown.length).toBeGreaterThan(0);
    expect(new Set(unknown)).toEqual(new Set(['rgb(138,148,160)']));
    await page.evaluate(() =>
      (window as any).explorer.cy
        .edges()
        .filter((e: any) => e.data('sign') === 0)[0]
        .emit('tap'),
    );
    await page.waitForFunction(() =>
      document.getElementById('details')?.textContent?.includes('0 (direction unknown)'),
    );
    await page.waitForSelector('#combinations li');
    expect(await page.textContent('#combinations')).not.toContain('truth-unknownib');
  },
);

it(
  'redraws an open resistance view live when a committed curation write changes it',
  { timeout: 180_000 },
  async () => {
    await page.fill('#drug', 'sorafenib');
    await page.fill('#disease', '');
    await page.click('#resistance-form button');
    await page.waitForSelector('#paths li');
    await page.waitForTimeout(1000); // the view's subscriptions are open
    const before = await page.evaluate(() => (window as any).explorer.liveUpdates as number);

    // A curator submits evidence for CAV1 → AXL (on sorafenib's paths) and an editor accepts it.
    const post = async (query: string, variables: Record<string, unknown>, token: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const submitted = (
      await post(
        `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { id version } }`,
        {
          input: {
            statementId: 'RESISTKG:stmt-P16',
            source: { pmid: '40715090' },
            sentence: 'Explorer live-update test: CAV1 raises AXL in sorafenib-resistant cells.',
            level: 'B',
            modelSystem: 'CELL_LINE',
            direction: 'SUPPORTS',
            rating: 4,
          },
        },
        await signToken(TEST_SECRET, 'cora', 'CURATOR'),
      )
    ).submitEvidence;
    await post(
      `mutation($id: ID!, $v: Int!) { reviewEvidence(id: $id, expectedVersion: $v, decision: ACCEPT) { status } }`,
      { id: submitted.id, v: submitted.version },
      await signToken(TEST_SECRET, 'eddie', 'EDITOR'),
    );
    await page.waitForFunction((n) => (window as any).explorer.liveUpdates > n, before, { timeout: 60_000 });
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('updated live'));
    await page.screenshot({ path: `${ARTIFACTS}explorer-live-update.png` });
    expect(external).toEqual([]);
  },
);
