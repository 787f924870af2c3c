import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { freePort, startEmbeddedNeo4j } from '../../neo4j/embedded.js';
import { generateScale } from '../../seed/scale/generate.js';
import { loadScale } from '../../seed/scale/load.js';
import { SCALES, type ScaleShape } from '../../seed/scale/shapes.js';

const TINY: ScaleShape = {
  ...SCALES.small,
  genes: 400,
  mirnas: 20,
  drugs: 50,
  drugClasses: 5,
  pathways: 20,
  processes: 100,
  diseases: 30,
  cellLines: 5,
  publications: 40,
  combinations: 10,
  patients: 120,
  panel: 50,
};

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'resistkg-scale-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('seed:synthetic --scale', () => {
  it('loads the same graph with the offline importer and with batched transactions', async () => {
    let statements = 0;
    let evidence = 0;
    for (const r of generateScale(TINY))
      if (r.type === 'statement') {
        statements++;
        evidence += r.evidence.length;
      }
    const quiet = () => undefined;
    const offlineDir = tempDir();
    const offline = await loadScale(TINY, {
      method: 'offline',
      dataDir: offlineDir,
      remote: false,
      port: await freePort(),
      log: quiet,
      progress: false,
    });
    const cypher = await loadScale(TINY, {
      method: 'cypher',
      dataDir: tempDir(),
      remote: false,
      port: await freePort(),
      log: quiet,
      progress: false,
    });
    expect(offline.method).toBe('offline');
    expect(cypher.method).toBe('cypher');
    expect(offline.stats.statementCount).toBe(statements);
    expect(offline.stats.evidenceCount).toBe(evidence);
    expect(cypher.stats).toEqual(offline.stats);

    // The offline store opens as a normal database with the service's indexes, and lists are lists.
    const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir: offlineDir });
    const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    try {
      const [row] = await db.read(
        `MATCH (g:Gene {id: 'RESISTKG:small-g0'}) RETURN g.aliases AS aliases,
           COUNT { (:Synonym)-[:NAMES]->(g) } AS names,
           COUNT { (g)<-[:REGULATES]-() } AS regulators`,
      );
      expect(Array.isArray(row!.aliases)).toBe(true);
      expect(row!.names).toBeGreaterThanOrEqual(2);
      expect(row!.regulators).toBeGreaterThan(10); // the first gene is the biggest hub
      const indexes = await db.read(`SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name`);
      expect(indexes).toEqual([]);
      // Loading again into a database that has data refuses the offline importer.
      await expect(
        loadScale(TINY, { method: 'offline', dataDir: offlineDir, remote: false, log: quiet, progress: false }),
      ).rejects.toThrow(/empty data directory/);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }, 900_000); // a guard against hangs: this test loads two graphs and is slow on a busy 2-core machine
});
