/**
 * KGX export of the seeded test database: it validates with the kgx tool, transforms to KGX TSV,
 * and round-trips (export → import into a second, empty Neo4j → export gives the same files).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { migrate } from '../../db/migrations.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';
import { exportKgx } from '../../seed/exporters/kgx.js';
import { importKgx } from '../../seed/importers/kgx.js';
import { testDatabase } from '../support/db.js';
import { kgxBinary, runKgx } from '../support/kgx.js';

const work = mkdtempSync(path.join(tmpdir(), 'resistkg-kgx-'));
const first = path.join(work, 'first');
let source: Database;
let empty: EmbeddedNeo4j;
let target: Database;

beforeAll(async () => {
  source = testDatabase();
  await exportKgx(source, first);
  empty = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir: path.join(work, 'neo4j'),
    heapMb: 512,
    pageCacheMb: 32,
  });
  target = new Database({ uri: empty.uri, user: empty.user, password: empty.password });
  await migrate(target);
}, 300_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
  await empty?.stop();
  rmSync(work, { recursive: true, force: true });
});

const lines = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8').trim().split('\n');

describe('KGX export', () => {
  it('gives every node a Biolink category and every edge a predicate and its provenance', () => {
    const nodes = lines(first, 'nodes.jsonl').map((l) => JSON.parse(l));
    const edges = lines(first, 'edges.jsonl').map((l) => JSON.parse(l));
    expect(nodes.length).toBeGreaterThan(50);
    for (const n of nodes) expect(n.category[0]).toMatch(/^biolink:[A-Z]/);
    for (const e of edges) {
      expect(e.predicate).toMatch(/^biolink:[a-z_]+$/);
      expect(e.primary_knowledge_source).toMatch(/^infores:/);
      expect(typeof e.belief).toBe('number');
    }
    // Seed evidence: accepted, cites its publication, has its level and sentence.
    const cited = edges.filter((e) => e.evidence_status);
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.every((e) => e.evidence_status === 'ACCEPTED' && e.publications.length === 1)).toBe(true);
    expect(cited.some((e) => e.supporting_text?.[0]?.length > 20 && /^[A-E]$/.test(e.evidence_level))).toBe(true);
    // Structural membership statements have no evidence and still travel.
    expect(edges.some((e) => e.statement_predicate === 'MEMBER_OF' && !e.evidence_status)).toBe(true);
  });

  it('round-trips: importing into an empty database and exporting again gives the same files', async () => {
    const log: string[] = [];
    const summary = await importKgx(target, first, (m) => log.push(m));
    expect(summary.statements).toBeGreaterThan(50);
    expect(log.some((l) => l.includes('kgx: done'))).toBe(true);
    const second = path.join(work, 'second');
    await exportKgx(target, second);
    for (const file of ['nodes.jsonl', 'edges.jsonl', 'graph-metadata.json'])
      expect(readFileSync(path.join(second, file), 'utf8')).toBe(readFileSync(path.join(first, file), 'utf8'));
    // A second import changes nothing.
    await importKgx(target, first);
    const third = path.join(work, 'third');
    await exportKgx(target, third);
    expect(readFileSync(path.join(third, 'edges.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(first, 'edges.jsonl'), 'utf8'),
    );
  }, 300_000);

  const { bin, reason } = kgxBinary();
  it.skipIf(!bin)(
    `validates with kgx and transforms to KGX TSV ${bin ? '' : `(skipped: ${reason})`}`,
    () => {
      const files = ['nodes.jsonl', 'edges.jsonl'].map((f) => path.join(first, f));
      const validate = runKgx(bin!, ['validate', '--input-format', 'jsonl', ...files], work);
      expect(validate.output).not.toMatch(/\bERROR\b/);
      expect(validate.status, validate.output.slice(-3000)).toBe(0);
      const out = path.join(work, 'tsv', 'resistkg');
      const transform = runKgx(
        bin!,
        ['transform', '--input-format', 'jsonl', '--output-format', 'tsv', '--output', out, ...files],
        work,
      );
      expect(transform.status, transform.output.slice(-3000)).toBe(0);
      const tsvEdges = readFileSync(`${out}_edges.tsv`, 'utf8').trim().split('\n');
      expect(tsvEdges.length - 1).toBe(lines(first, 'edges.jsonl').length);
    },
    600_000,
  );
});
