/**
 * The import measurement: a generated 10,000-patient cBioPortal study (bench/study.ts) imported by
 * the real command, `npm run import -- cbioportal DIR` (seed/import-cli.ts, run as its own process
 * the way npm runs it), into an empty database that only knows the study's genes (imported first,
 * untimed, with `npm run import -- hgnc`). The figure is the command's wall time, process start
 * included; the importer's own summary is kept beside it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedNeo4j } from '../neo4j/embedded.js';
import { cpuMs } from './cpu.js';
import { IMPORT_STUDY, writeStudy, type StudyShape } from './study.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ImportResult {
  study: StudyShape;
  /** Wall time of `npm run import -- cbioportal DIR`, seconds; null when stopped at `timedOutAfter`. */
  seconds: number | null;
  /** Seconds after which the import was stopped unfinished, or null. */
  timedOutAfter: number | null;
  /** CPU seconds of the import process and of Neo4j over the import. */
  cpuSeconds: { importer: number; neo4j: number };
  /** The importer's JSON summary (patients, samples, genes, mutations, variants, ...). */
  summary: Record<string, unknown> | null;
  /** Why the import failed (its last lines), when it did. */
  error?: string;
}

function runImport(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutSeconds = Infinity,
): Promise<{ stdout: string; seconds: number; cpuSeconds: number; timedOut: boolean }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'seed/import-cli.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let cpu = 0;
  // The process's own CPU time, read while it is alive (after exit /proc has nothing).
  const sample = setInterval(() => {
    const ms = cpuMs(child.pid!);
    if (!Number.isNaN(ms)) cpu = ms;
  }, 100);
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
  let timedOut = false;
  const timer = Number.isFinite(timeoutSeconds)
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutSeconds * 1000)
    : undefined;
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      clearInterval(sample);
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (timedOut) resolve({ stdout, seconds, cpuSeconds: cpu / 1000, timedOut });
      else if (code !== 0) reject(new Error(`npm run import -- ${args.join(' ')} failed (${code}):\n${stderr}`));
      else resolve({ stdout, seconds, cpuSeconds: cpu / 1000, timedOut });
    }),
  );
}

export async function measureImport(
  dataRoot: string,
  log: (l: string) => void,
  shape: StudyShape = IMPORT_STUDY,
  timeoutSeconds = Infinity,
): Promise<ImportResult> {
  const work = path.join(dataRoot, `import-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    log(
      `Import: generating a study of ${shape.patients} patients, ${shape.genes} genes, ${shape.mutations} mutations …`,
    );
    const { studyDir, hgncFile } = writeStudy(path.join(work, 'files'), shape);
    const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir: path.join(work, 'db') });
    try {
      const env = {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        LOG_LEVEL: 'warn',
      };
      await runImport(['hgnc', hgncFile], env);
      const neo4jBefore = cpuMs(neo4j.pid);
      const r = await runImport(['cbioportal', studyDir], env, timeoutSeconds);
      const summary = r.timedOut ? null : (JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>);
      for (const k of ['unknownGeneSymbols', 'unknownMutatedGenes', 'skippedMutationRows', 'skipped'])
        delete summary?.[k];
      const result: ImportResult = {
        study: shape,
        seconds: r.timedOut ? null : Math.round(r.seconds * 10) / 10,
        timedOutAfter: r.timedOut ? timeoutSeconds : null,
        cpuSeconds: {
          importer: Math.round(r.cpuSeconds * 10) / 10,
          neo4j: Math.round((cpuMs(neo4j.pid) - neo4jBefore) / 100) / 10,
        },
        summary,
      };
      log(
        `  npm run import -- cbioportal: ${r.timedOut ? `stopped unfinished after ${timeoutSeconds}` : result.seconds} s (CPU: importer ${result.cpuSeconds.importer} s, Neo4j ${result.cpuSeconds.neo4j} s) ${JSON.stringify(summary)}`,
      );
      return result;
    } finally {
      await neo4j.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
