/**
 * Loads a generated graph of a given scale, the fastest way the target allows:
 * - an empty local data directory: CSV files streamed to disk, Neo4j's offline importer, then the
 *   server starts and builds constraints and indexes once over the loaded store;
 * - a database that already holds data, or a remote NEO4J_URI: constraints first (MERGE needs them),
 *   then batched UNWIND transactions.
 * Then the 10,000-patient cohort, in transactions either way. Prints progress and rates.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { fillEmptyLists } from '../../db/bulk.repo.js';
import { graphStats, type StatsRow } from '../../db/stats.repo.js';
import { canImportOffline, offlineImport } from '../../neo4j/offline-import.js';
import { loadCohort } from '../cohort-load.js';
import { generateCohort } from '../cohort-synthetic.js';
import { withDatabase } from '../../neo4j/open.js';
import { writeCsv } from './csv.js';
import { loadWithCypher } from './cypher-load.js';
import { generateScale, scaleIds } from './generate.js';
import type { ScaleShape } from './shapes.js';

export type LoadMethod = 'auto' | 'offline' | 'cypher';

export interface ScaleLoadOptions {
  method: LoadMethod;
  /** Local data directory (NEO4J_DATA_DIR) when NEO4J_URI is unset. */
  dataDir: string;
  remote: boolean;
  /** Bolt port for the local database while loading (default: NEO4J_BOLT_PORT). */
  port?: number;
  batch?: number;
  log?: (line: string) => void;
  /** Show progress bars (default true). */
  progress?: boolean;
}

export interface ScaleLoadReport {
  scale: string;
  method: 'offline' | 'cypher';
  seconds: { graph: number; cohort: number; indexes: number; total: number };
  relationshipsPerSecond: number;
  stats: StatsRow;
}

/** Roughly how many statements a shape yields (for the progress bar only). */
export function estimateStatements(s: ScaleShape): number {
  const perGene = s.regulationsPerGene + 0.3 + s.membershipsPerGene + s.diseasesPerGene;
  return Math.round(
    s.genes * perGene +
      s.mirnas * s.targetsPerMirna +
      s.drugs * (s.targetsPerDrug + 0.6 + s.resistancePerDrug + s.sensitizersPerDrug) +
      s.combinations,
  );
}

function progressBar(total: number, show: boolean): Pick<SingleBar, 'update' | 'setTotal' | 'stop'> {
  if (!show) return { update: () => undefined, setTotal: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: '  {bar} {percentage}% | {value}/{total} statements | {rate}/s | ETA {eta_formatted}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    noTTYOutput: true,
    notTTYSchedule: 5000,
    etaBuffer: 50,
  });
  bar.start(total, 0, { rate: 0 });
  return bar;
}

export async function loadScale(shape: ScaleShape, o: ScaleLoadOptions): Promise<ScaleLoadReport> {
  const log = o.log ?? ((l: string) => console.log(l));
  const offline = !o.remote && o.method !== 'cypher' && canImportOffline(o.dataDir);
  if (o.method === 'offline' && !offline)
    throw new Error(
      o.remote
        ? 'the offline importer needs the local database (unset NEO4J_URI)'
        : `the offline importer needs an empty data directory; ${o.dataDir} already holds a database`,
    );
  const started = Date.now();
  const total = estimateStatements(shape);
  const t = { graph: 0, cohort: 0, indexes: 0 };
  let edges = 0;

  if (offline) {
    const dir = path.join(os.tmpdir(), `resistkg-import-${shape.name}-${process.pid}`);
    log(`Generating the ${shape.name} graph as CSV in ${dir} …`);
    const bar = progressBar(total, o.progress !== false);
    let n = 0;
    const started = Date.now();
    const csv = writeCsv(generateScale(shape), dir, () => {
      if (++n % 2000 === 0) bar.update(n, { rate: Math.round(n / ((Date.now() - started) / 1000)) });
    });
    bar.setTotal(n);
    bar.update(n);
    bar.stop();
    log(
      `  ${csv.entities} entities, ${csv.statements} statements, ${csv.evidence} evidence, ${csv.edges} relationships`,
    );
    log('Offline import (neo4j-admin database import full) …');
    try {
      await offlineImport({
        dataDir: o.dataDir,
        nodes: csv.nodes,
        relationships: csv.relationships,
        log: (line) => /%|IMPORT|Imported|nodes|relationships|properties|memory|rror/.test(line) && log(`  ${line}`),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    edges = csv.edges;
    t.graph = (Date.now() - started) / 1000;
  }

  return withDatabase(
    async (db) => {
      if (offline) {
        t.indexes = (Date.now() - started) / 1000 - t.graph;
        log(`Constraints and indexes built in ${t.indexes.toFixed(1)} s`);
        await fillEmptyLists(db);
      } else {
        log(`Loading the ${shape.name} graph with batched transactions …`);
        const before = (await graphStats(db)).relationshipCount;
        const bar = progressBar(total, o.progress !== false);
        const t0 = Date.now();
        let n = 0;
        await loadWithCypher(
          db,
          generateScale(shape),
          (k) => bar.update((n += k), { rate: Math.round(n / Math.max(0.001, (Date.now() - t0) / 1000)) }),
          o.batch,
        );
        bar.setTotal(n);
        bar.stop();
        edges = (await graphStats(db)).relationshipCount - before;
        t.graph = (Date.now() - t0) / 1000;
      }
      const rate = Math.round(edges / t.graph);
      log(`Graph loaded in ${t.graph.toFixed(1)} s: ${edges} relationships, ${rate} relationships/s`);

      const t1 = Date.now();
      const ids = scaleIds(shape);
      const panel = Array.from({ length: Math.min(shape.panel, shape.genes) }, (_, i) => ids.gene(i));
      log(`Cohort: ${shape.patients} patients × ${panel.length} genes …`);
      await loadCohort(db, generateCohort({ seed: shape.seed, patients: shape.patients, panel, id: ids.cohort }), log);
      t.cohort = (Date.now() - t1) / 1000;

      const stats = await graphStats(db);
      const seconds = { ...t, total: (Date.now() - started) / 1000 };
      log(
        `Done in ${seconds.total.toFixed(1)} s: ${stats.nodeCount} nodes, ${stats.relationshipCount} relationships, ` +
          `${stats.statementCount} statements, ${stats.evidenceCount} evidence`,
      );
      return {
        scale: shape.name,
        method: offline ? 'offline' : 'cypher',
        seconds,
        relationshipsPerSecond: rate,
        stats,
      };
    },
    o.remote ? {} : { neo4jDataDir: o.dataDir, ...(o.port ? { neo4jBoltPort: o.port } : {}) },
  );
}
