/**
 * Starts the three servers the benchmark compares, each in its own process on the same database and
 * each as compiled JavaScript: ours (the built service in production mode), the hand-written Cypher
 * ceiling and @neo4j/graphql (both bundled by buildBaselines, their packages left to node_modules).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../neo4j/embedded.js';

export type ServerName = 'ours' | 'ceiling' | 'neo4jGraphql';
export const SERVER_NAMES: readonly ServerName[] = ['ours', 'ceiling', 'neo4jGraphql'];
export const SERVER_TITLES: Record<ServerName, string> = {
  ours: 'resistkg',
  ceiling: 'ceiling',
  neo4jGraphql: '@neo4j/graphql',
};

export interface RunningServer {
  name: ServerName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ENTRY: Record<ServerName, { source: string | null; built: string }> = {
  ours: { source: null, built: 'dist/server/main.js' }, // npm run build
  ceiling: { source: 'bench/ceiling/server.ts', built: 'dist/bench/ceiling.js' },
  neo4jGraphql: { source: 'bench/neo4j-graphql/server.ts', built: 'dist/bench/neo4j-graphql.js' },
};

/** Compiles the two baseline servers to dist/bench/ (one file each; packages stay imports). */
export async function buildBaselines(): Promise<void> {
  for (const { source, built } of Object.values(ENTRY)) {
    if (!source) continue;
    await build({
      entryPoints: [path.join(ROOT, source)],
      outfile: path.join(ROOT, built),
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  }
}

function command(name: ServerName): string[] {
  return [path.join(ROOT, ENTRY[name].built)];
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      await fetch(url, { method: 'GET', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`not up after ${timeoutMs} ms`);
}

/**
 * Starts one server on the database at `neo4j.uri`, logging in with its credentials. `extraEnv`
 * overrides the settings below (the cached-reads measurement turns ours' response cache on).
 */
export async function startServer(
  name: ServerName,
  neo4j: { uri: string; user: string; password: string },
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    PORT: String(port),
    NODE_ENV: 'production',
    // Production settings, except that one load generator on one address must not be rate limited
    // and request logging is off for all three servers alike.
    AUTH_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    // The baselines have no response cache, so ours is compared without its own (inputs repeat
    // across a measurement); repeated reads with the cache are measured on their own (run.ts).
    RESPONSE_CACHE_MB: '0',
    ...extraEnv,
  };
  const child = spawn(process.execPath, command(name), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/health`, child, 120_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${SERVER_TITLES[name]} did not start: ${(e as Error).message}\n${output}`);
  }
  return {
    name,
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
