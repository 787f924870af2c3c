/// <reference lib="dom" />
/**
 * The explorer page in a real headless Chromium (Debian's chromium, driven by playwright-core): the
 * first screen, search, expand by clicking a node, an edge's evidence and a curator's submission from
 * it, sorafenib + HCC paths (sign colours true to the legend, no overlapping labels), exports, the
 * view in the URL (back button, a shared link), keyboard use, axe-core's accessibility rules, live
 * updates. Nothing may leave the machine. Screenshots of each state go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import type { App } from '../../server/app.js';
import { signToken } from '../../server/auth.js';
import { TEST_SECRET, testApp, testDatabase, listen } from '../support/db.js';
import { loadUnknownDirection } from '../support/unknown-direction.js';

const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
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
const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}explorer-${name}.png` });

/** axe-core's serious and critical violations on the page as it is now (rule id and the first target). */
async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

/** The text of the file a click on an export button downloads. */
async function exported(kind: string): Promise<Buffer> {
  if (!(await page.isVisible('#export .menu'))) await page.click('#export summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${kind}]`)]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

it('opens on a first screen with a worked example, search hints and recent curation', { timeout: 60_000 }, async () => {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  expect(await page.isVisible('#home')).toBe(true);
  expect(await page.textContent('#home #example')).toContain('sorafenib');
  expect(await page.$$eval('#home [data-search]', (b) => b.length)).toBeGreaterThan(2);
  await page.waitForFunction(() => !document.getElementById('recent')?.textContent?.includes('loading'));
  await shot('first-screen');
  expect(await axeViolations()).toEqual([]);
});

it(
  'searches, expands, shows evidence and resistance paths, with no request leaving the machine',
  { timeout: 240_000 },
  async () => {
    // Typeahead: "caveolin" finds CAV1; choosing it draws its neighbourhood.
    await page.fill('#search', 'caveolin');
    await page.waitForSelector('#suggestions li');
    expect(await page.textContent('#suggestions li')).toContain('CAV1');
    await page.click('#suggestions li');
    await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 10);
    expect(await page.evaluate(() => (window as any).explorer.cy.getElementById('HGNC:905').length)).toBe(1);
    await shot('search');
    expect(page.url()).toContain('node=');

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
    expect(await page.textContent('#details .evidence')).toMatch(/level [A-E]/);
    expect(await page.textContent('#details .evidence .curator')).not.toBe('');
    expect(await page.isVisible('#home')).toBe(false);
    await shot('evidence');

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
    expect(new URL(page.url()).searchParams.get('drug')).toBe('sorafenib');
    expect(new URL(page.url()).searchParams.get('disease')).toBe('HCC');
    // Sign, belief and best evidence level on the edges themselves: "+ 0.42 · D".
    await page.waitForFunction(() =>
      (window as any).explorer.cy.edges().every((e: any) => e.data('level') !== undefined),
    );
    const labels = await page.evaluate(() =>
      (window as any).explorer.cy.edges('.path').map((e: any) => e.style('label') as string),
    );
    expect(labels.some((l: string) => /^\+ 0\.\d\d · [A-E]$/.test(l))).toBe(true);
    expect(labels.some((l: string) => /^− 0\.\d\d · [A-E]$/.test(l))).toBe(true);
    await page.click('#combinations li');
    await page.waitForSelector('#details .evidence');
    await shot('resistance');
    expect(await axeViolations()).toEqual([]);

    expect(external).toEqual([]);
  },
);

it(
  'draws each sign in its legend colour, on highlighted paths too, and no two labels overlap (sorafenib)',
  { timeout: 60_000 },
  async () => {
    const norm = (c: string) => c.replace(/\s/g, '');
    const legend = await page.evaluate(() => {
      const bg = (sel: string) => getComputedStyle(document.querySelector(sel)!).backgroundColor;
      return { pos: bg('#legend .line.pos'), neg: bg('#legend .line.neg') };
    });
    const drawn = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const colours = (sel: string) => [...new Set(cy.edges(sel).map((e: any) => e.style('line-color')))];
      return {
        pos: colours('[sign > 0]'),
        neg: colours('[sign < 0]'),
        pathPos: colours('.path[sign > 0]'),
        pathNeg: colours('.path[sign < 0]'),
      };
    });
    expect(drawn.pos.length).toBe(1);
    expect(drawn.neg.length).toBe(1);
    expect(norm(drawn.pos[0] as string)).toBe(norm(legend.pos));
    expect(norm(drawn.neg[0] as string)).toBe(norm(legend.neg));
    expect(legend.pos).not.toBe(legend.neg);
    // The path highlight is a halo: highlighted edges keep their sign's colour.
    expect(drawn.pathPos.length + drawn.pathNeg.length).toBeGreaterThan(0);
    for (const c of drawn.pathPos) expect(norm(c as string)).toBe(norm(legend.pos));
    for (const c of drawn.pathNeg) expect(norm(c as string)).toBe(norm(legend.neg));

    const overlaps = await page.evaluate(() => {
      const nodes = (window as any).explorer.cy.nodes();
      const boxes = nodes.map((n: any) => ({
        id: n.data('label'),
        ...n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }),
      }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id} / ${b.id}`);
        }
      return { count: boxes.length, out };
    });
    expect(overlaps.count).toBeGreaterThan(5);
    expect(overlaps.out).toEqual([]);
  },
);

it(
  'exports the view as PNG, SVG, Cytoscape JSON and its paths and candidates as CSV',
  { timeout: 60_000 },
  async () => {
    await page.click('#export summary');
    await page.waitForSelector('#export .menu button');
    await shot('export-menu');
    const paths = (await exported('paths')).toString('utf8');
    const lines = paths.split('\r\n');
    expect(lines[0]).toBe('rank,sign,score,hops,path,statements,only with variants');
    expect(lines[1]).toMatch(/^1,-?1,0\.\d+,\d+,/);
    expect(paths).toContain('AXL');
    expect(paths).toContain('RESISTKG:stmt-');
    const candidates = (await exported('candidates')).toString('utf8');
    expect(candidates.split('\r\n')[0]).toContain('partner,partner id,basis,score');
    expect(candidates).toContain('bemcentinib');
    const png = await exported('png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await exported('svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('sorafenib');
    const json = JSON.parse((await exported('json')).toString('utf8'));
    expect(json.elements.nodes.length).toBe(await nodeCount());
  },
);

it(
  'keeps the view in the URL: back restores the previous view, a shared link opens it',
  { timeout: 90_000 },
  async () => {
    // A search opens a new view; back returns to sorafenib in HCC.
    await page.fill('#search', 'caveolin');
    await page.waitForSelector('#suggestions li');
    await page.click('#suggestions li');
    await page.waitForFunction(() => (window as any).explorer.state.node === 'HGNC:1527');
    expect(new URL(page.url()).searchParams.get('node')).toBe('HGNC:1527');
    expect(await page.$$('#paths li')).toHaveLength(0);
    await page.goBack();
    await page.waitForSelector('#paths li');
    expect(new URL(page.url()).searchParams.get('drug')).toBe('sorafenib');
    expect(await page.inputValue('#drug')).toBe('sorafenib');
    expect(await page.textContent('#paths')).toContain('AXL → sorafenib');
    await page.goForward();
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('HGNC:1527').selected());

    // A shared link: the resistance view with AXL selected.
    await page.goto(`${base}/?drug=sorafenib&disease=HCC&node=HGNC%3A905`);
    await page.waitForSelector('#paths li');
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('HGNC:905').selected());
    await page.waitForFunction(() => document.querySelector('#details h3')?.textContent?.includes('AXL'));
    expect(await page.inputValue('#disease')).toBe('HCC');
    await shot('restored-from-url');
  },
);

it(
  'works from the keyboard: arrows move between nodes, Enter opens one, E shows its edges',
  { timeout: 60_000 },
  async () => {
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Enter opens it'));
    const chosen = await page.evaluate(() => (window as any).explorer.cy.$('node.keyboard').id() as string);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).selected(), chosen);
    await page.keyboard.press('e');
    await page.waitForSelector('#details .evidence');
    expect(await page.textContent('#status')).toMatch(/^edge 1 of \d+/);
  },
);

it(
  'lets a signed-in curator submit evidence from the edge panel, and shows an error with its code',
  { timeout: 60_000 },
  async () => {
    await page.evaluate(() => (window as any).explorer.showEdge('RESISTKG:stmt-P16'));
    expect(await page.textContent('#details')).toContain('sign in with your token');
    await page.fill('#token', await signToken(TEST_SECRET, 'cora', 'CURATOR'));
    await page.click('#signin button');
    await page.waitForFunction(() => document.getElementById('who')?.textContent?.includes('cora'));
    await page.evaluate(() => (window as any).explorer.showEdge('RESISTKG:stmt-P16'));
    await page.waitForSelector('#submit-evidence');
    await page.fill(
      '#submit-evidence [name=sentence]',
      'Explorer form test: AXL knock-down restores sorafenib response.',
    );
    await page.fill('#submit-evidence [name=source]', '40715090');
    await page.selectOption('#submit-evidence [name=level]', 'C');
    await page.click('#submit-evidence button');
    await page.waitForFunction(() => document.getElementById('submit-result')?.textContent?.startsWith('Submitted'));
    await shot('submit-evidence');
    const id = (await page.textContent('#submit-result'))!.split(' ')[1]!;
    const stored = await page.evaluate(
      (id) => (window as any).explorer.gql('query($id: ID!) { evidence(id: $id) { status level curator } }', { id }),
      id,
    );
    expect(stored.evidence).toEqual({ status: 'SUBMITTED', level: 'C', curator: 'cora' });

    // Bad input (a rating of 9, past the form's own check): the server's error, with its code.
    await page.fill('#submit-evidence [name=rating]', '9');
    await page.evaluate(() => document.getElementById('submit-evidence')!.dispatchEvent(new Event('submit')));
    await page.waitForFunction(() => document.getElementById('submit-result')?.className === 'error');
    expect(await page.textContent('#submit-result')).toMatch(/^\[[A-Z_]+\] /);
  },
);

it(
  'shows an interaction of unknown direction as such: grey, sign 0, neither promoting nor counteracting',
  { timeout: 240_000 },
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
    await shot('live-update');
    expect(external).toEqual([]);
  },
);
