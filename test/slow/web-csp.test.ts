/// <reference lib="dom" />
/**
 * The pages under their Content-Security-Policy (server/app.ts) in a real headless Chromium: the
 * explorer and GraphiQL load, work, and the browser reports no CSP violation on either.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase, listen } from '../support/db.js';

let db: Database;
let app: App;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  ({ server, base } = await listen(app));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await db.close();
});

/** A new page that records every CSP violation (from the DOM event and from the console). */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { page, violations };
}

it('the explorer works under its CSP, with no violation', { timeout: 60_000 }, async () => {
  const { page, violations } = await watchedPage();
  const res = await page.goto(`${base}/`);
  expect(res!.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  await page.fill('#search', 'caveolin');
  await page.waitForSelector('#suggestions li');
  await page.click('#suggestions li');
  await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 10);
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
  await page.close();
});

it('GraphiQL renders and runs a query under its CSP, with no violation', { timeout: 60_000 }, async () => {
  const { page, violations } = await watchedPage();
  const res = await page.goto(`${base}/graphiql`);
  expect(res!.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.waitForSelector('.graphiql-container .CodeMirror');
  // The inline <style> (allowed by its hash) makes the editor fill the window.
  expect(await page.evaluate(() => document.getElementById('graphiql')!.getBoundingClientRect().height)).toBe(800);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"FGFR4"'));
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
  await page.close();
});
