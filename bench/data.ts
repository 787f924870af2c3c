/**
 * The benchmark's databases: one data directory per scale under .bench-data/, loaded once with
 * `seed:synthetic`'s loader and reused while the generator is unchanged (a marker file records
 * the generator version and the load report).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../neo4j/embedded.js';
import { loadScale, type ScaleLoadReport } from '../seed/scale/load.js';
import { SCALES, type ScaleName } from '../seed/scale/shapes.js';

/** Bump when the generator's output changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 2; // 2: mechanisms in upper case, as the Mechanism enum

export interface BenchData {
  dataDir: string;
  load: ScaleLoadReport;
  /** False when the database was loaded by an earlier run. */
  loadedNow: boolean;
}

/** True when `root` holds the scale's database, loaded by the current generator. */
export function scaleDataLoaded(root: string, scale: ScaleName): boolean {
  const marker = path.join(path.resolve(root, scale), 'resistkg-scale.json');
  if (!existsSync(marker)) return false;
  return (JSON.parse(readFileSync(marker, 'utf8')) as { version: number }).version === GENERATOR_VERSION;
}

export async function ensureScaleData(root: string, scale: ScaleName, log: (l: string) => void): Promise<BenchData> {
  const dataDir = path.resolve(root, scale);
  const marker = path.join(dataDir, 'resistkg-scale.json');
  if (scaleDataLoaded(root, scale)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { load: ScaleLoadReport };
    log(`Using the ${scale} database loaded earlier in ${dataDir} (delete it to reload)`);
    return { dataDir, load: saved.load, loadedNow: false };
  }
  rmSync(dataDir, { recursive: true, force: true });
  log(`Loading the ${scale} graph into ${dataDir} …`);
  const load = await loadScale(SCALES[scale], {
    method: 'auto',
    dataDir,
    remote: false,
    port: await freePort(),
    log: (l) => log(`  ${l}`),
  });
  writeFileSync(marker, JSON.stringify({ version: GENERATOR_VERSION, load }, null, 2));
  return { dataDir, load, loadedNow: true };
}
