/**
 * `npm run release -- NAME [--dir DIR]` writes a dated snapshot anyone can load into an empty
 * database to reproduce every answer of that release: the KGX export (seed/exporters/kgx.ts) plus
 * manifest.json (name, date, graph version, counts, a SHA-256 of each file, the sources and their
 * licences). `npm run import -- release DIR` checks the checksums, refuses a database that is not
 * empty, loads it, and records the release, which `meta` then reports.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { isEmpty, readMeta, recordRelease } from '../db/release.repo.js';
import { manifestProblems, releaseNameProblem, type ReleaseFile, type ReleaseManifest } from '../domain/release.js';
import { sourcesInGraph } from '../domain/sources.js';
import { exportKgx } from './exporters/kgx.js';
import { ImportError, type Progress } from './importers/lines.js';
import { importKgx } from './importers/kgx.js';

const MANIFEST = 'manifest.json';

/** A release that cannot be written (bad name, exists already); nothing was written. */
export class ReleaseError extends Error {}

function describeFile(dir: string, file: string): ReleaseFile {
  const data = readFileSync(path.join(dir, file));
  return { file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

export async function buildRelease(
  db: Database,
  name: string,
  root: string,
  log: Progress = () => undefined,
): Promise<ReleaseManifest & { dir: string }> {
  const problem = releaseNameProblem(name);
  if (problem) throw new ReleaseError(`release ${JSON.stringify(name)}: ${problem}`);
  const dir = path.join(root, name);
  if (existsSync(dir) && readdirSync(dir).length)
    throw new ReleaseError(`release ${name}: ${dir} exists already; releases are never overwritten`);
  const meta = await readMeta(db);
  const summary = await exportKgx(db, dir, {}, log);
  const files = readdirSync(dir)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => describeFile(dir, f));
  const manifest: ReleaseManifest = {
    format: 'resistkg-release/1',
    name,
    releasedAt: new Date().toISOString(),
    dataVersion: String(meta.version),
    counts: { nodes: summary.nodes, edges: summary.edges, statements: summary.statements },
    files,
    sources: sourcesInGraph(meta.imports),
  };
  writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  log(`release ${name}: ${summary.nodes} nodes, ${summary.edges} edges in ${dir}`);
  return { ...manifest, dir };
}

export async function loadRelease(
  db: Database,
  dir: string,
  log: Progress = () => undefined,
): Promise<Record<string, unknown>> {
  const manifestFile = path.join(dir, MANIFEST);
  if (!existsSync(manifestFile)) throw new ImportError(dir, [`no ${MANIFEST}: not a release folder`]);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ReleaseManifest;
  const actual = new Map(
    readdirSync(dir)
      .filter((f) => f !== MANIFEST)
      .map((f) => [f, describeFile(dir, f)] as const),
  );
  const problems = manifestProblems(manifest, actual);
  if (problems.length) throw new ImportError(dir, problems);
  if (!(await isEmpty(db)))
    throw new ImportError(dir, [
      'the database is not empty: load a release into an empty one (a new NEO4J_DATA_DIR) to reproduce it',
    ]);
  const summary = await importKgx(db, dir, log);
  await recordRelease(db, { name: manifest.name, releasedAt: manifest.releasedAt, dataVersion: manifest.dataVersion });
  log(`release ${manifest.name} of ${manifest.releasedAt} loaded`);
  return { release: manifest.name, releasedAt: manifest.releasedAt, ...summary };
}
