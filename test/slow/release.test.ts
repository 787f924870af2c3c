/**
 * Releases: `npm run release` of the seeded test database, loaded into a second, empty Neo4j,
 * answers the same as the database it was written from; a changed file or a non-empty database is
 * refused, and `meta` names the release.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { migrate } from '../../db/migrations.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';
import type { App } from '../../server/app.js';
import { buildRelease, loadRelease, ReleaseError } from '../../seed/release.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const work = mkdtempSync(path.join(tmpdir(), 'resistkg-release-'));
let source: Database;
let empty: EmbeddedNeo4j;
let target: Database;
const apps: App[] = [];

beforeAll(async () => {
  source = testDatabase();
  empty = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir: path.join(work, 'neo4j'),
    heapMb: 512,
    pageCacheMb: 32,
    startTimeoutMs: 280_000,
  });
  target = new Database({ uri: empty.uri, user: empty.user, password: empty.password });
  await migrate(target);
}, 420_000);

afterAll(async () => {
  for (const a of apps) await a.apollo.stop();
  await source?.close();
  await target?.close();
  await empty?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Answers a client would pin: paths, partners, targets with belief, one statement's evidence. */
const ANSWERS = `{
  resistancePaths(drug: "sorafenib", first: 5) { score sign nodes { id } }
  combinationTherapies(drug: "sorafenib", first: 5) { score basis partner { id } }
  gene(symbol: "FGFR4") { targetedBy(first: 10) { totalCount edges { belief node { id } } } }
  statement(id: "RESISTKG:stmt-P16") { belief evidence(status: ACCEPTED) { totalCount } } # a release holds accepted evidence only
}`;

describe('releases', () => {
  it('writes a release with a manifest, and loads it into an empty database that answers the same', async () => {
    const release = await buildRelease(source, 'test-1', work);
    expect(release.files.map((f) => f.file)).toEqual(['edges.jsonl', 'graph-metadata.json', 'nodes.jsonl']);
    for (const f of release.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(release.counts.statements).toBeGreaterThan(50);
    expect(JSON.parse(readFileSync(path.join(release.dir, 'manifest.json'), 'utf8')).name).toBe('test-1');
    await expect(buildRelease(source, 'test-1', work)).rejects.toBeInstanceOf(ReleaseError);
    await expect(buildRelease(source, '../escape', work)).rejects.toBeInstanceOf(ReleaseError);

    await loadRelease(target, release.dir);
    const [from, to] = [await testApp(source), await testApp(target)];
    apps.push(from, to);
    const a = await gql(from, ANSWERS);
    const b = await gql(to, ANSWERS);
    expect(a.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    expect(a.data.resistancePaths.length).toBeGreaterThan(0);

    const meta = await gql(to, `{ meta { dataVersion releaseName releasedAt sources { name licence } } }`);
    expect(meta.data.meta).toMatchObject({ releaseName: 'test-1', releasedAt: release.releasedAt });
    expect(meta.data.meta.sources.map((s: any) => s.name)).toContain('resistkg curation');
  }, 600_000); // export, import and recomputed beliefs: minutes on a busy two-core machine

  it('refuses a release whose files changed, or a database that is not empty, and writes nothing', async () => {
    const dir = path.join(work, 'test-1');
    await expect(loadRelease(target, dir)).rejects.toThrow(/not empty/);
    const edges = path.join(dir, 'edges.jsonl');
    writeFileSync(edges, readFileSync(edges, 'utf8').replace(/"belief":\s*[\d.]+/, '"belief": 0.99'));
    await expect(loadRelease(target, dir)).rejects.toThrow(/edges.jsonl: checksum differs/);
  });
});

describe('meta', () => {
  it('changes dataVersion with every committed write', async () => {
    const [app] = apps;
    const before = (await gql(app!, `{ meta { dataVersion } }`)).data.meta.dataVersion;
    await source.write(`MERGE (n:ReleaseTestMarker {id: 'x'}) SET n.at = timestamp()`);
    const after = (await gql(app!, `{ meta { dataVersion } }`)).data.meta.dataVersion;
    expect(Number(after)).toBeGreaterThan(Number(before));
    await source.write(`MATCH (n:ReleaseTestMarker) DELETE n`);
  });
});
