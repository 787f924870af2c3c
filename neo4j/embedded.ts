/**
 * Starts and stops the local Neo4j Community server (neo4j/src/main/java/resistkg/Launcher.java)
 * as a child JVM. The first start builds the launcher and downloads the jars with Maven (visible
 * progress); later starts run `java -cp` directly with no network. Auth is on: user neo4j's
 * password is made once, kept 0600 in the password file (default `<dataDir>/resistkg-neo4j-password`)
 * and handed to the JVM in its environment, never on its command line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_DEFAULTS } from '../domain/config.js';
import { loadOrCreateSecret } from './secret-file.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** neo4j/ in the source tree, also when running from dist/neo4j. */
export const NEO4J_PROJECT_DIR = existsSync(path.join(here, 'pom.xml')) ? here : path.resolve(here, '../../neo4j');

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  /** Where user neo4j's password is kept (made on first start); default `<dataDir>/resistkg-neo4j-password`. */
  passwordFile?: string;
  /** Java heap in MB, initial = maximum (default: NEO4J_HEAP_MB's default). */
  heapMb?: number;
  /** Page cache in MB (default: NEO4J_PAGECACHE_MB's default). */
  pageCacheMb?: number;
  /** Called with each line the JVM prints (default: nothing is printed but errors). */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

/** The user the embedded Neo4j's clients log in as. */
export const EMBEDDED_USER = 'neo4j';

export interface EmbeddedNeo4j {
  uri: string;
  /** The credentials to connect with (user neo4j and the password file's password). */
  user: string;
  password: string;
  pid: number;
  stop(): Promise<void>;
  /** Resolves when the JVM has exited (for any reason). */
  exited: Promise<number | null>;
}

/** The launcher classes and Neo4j jars (also what the offline importer runs from). */
export function classpath(): string {
  return [path.join(NEO4J_PROJECT_DIR, 'target', 'classes'), path.join(NEO4J_PROJECT_DIR, 'target', 'lib', '*')].join(
    path.delimiter,
  );
}

/** Where the build records the source it was built from. */
const STAMP = path.join(NEO4J_PROJECT_DIR, 'target', 'resistkg-source.sha256');

/** A hash of the launcher's sources and Maven build file: a change to either means a rebuild. */
export function sourceStamp(): string {
  const files = [path.join(NEO4J_PROJECT_DIR, 'pom.xml')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(NEO4J_PROJECT_DIR, 'src'));
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(NEO4J_PROJECT_DIR, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * True when the launcher classes and jars exist and were built from the sources as they are now (a
 * `git pull` that changes Launcher.java, for example to turn auth on, is never run on old classes).
 */
export function isBuilt(): boolean {
  return (
    existsSync(path.join(NEO4J_PROJECT_DIR, 'target', 'classes', 'resistkg', 'Launcher.class')) &&
    existsSync(path.join(NEO4J_PROJECT_DIR, 'target', 'lib')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === sourceStamp()
  );
}

/** Builds the launcher and fetches the Neo4j jars from Maven Central once. */
export function ensureBuilt(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): void {
  if (isBuilt()) return;
  log(
    existsSync(path.join(NEO4J_PROJECT_DIR, 'target', 'lib'))
      ? 'neo4j: the launcher changed since it was built; rebuilding it ...'
      : 'neo4j: first start, building the launcher and downloading Neo4j 5.26 jars from Maven Central ...',
  );
  const stamp = sourceStamp();
  const result = spawnSync('mvn', ['-B', 'package', '-DskipTests', '-Dstyle.color=never'], {
    cwd: NEO4J_PROJECT_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new Error(`neo4j: could not run Maven (mvn): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`neo4j: Maven build failed with exit code ${result.status}`);
  writeFileSync(STAMP, `${stamp}\n`);
  log('neo4j: launcher built');
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** The password file of an embedded Neo4j on `dataDir`, unless one is named. */
export function passwordFileOf(opts: Pick<EmbeddedOptions, 'dataDir' | 'passwordFile'>): string {
  return opts.passwordFile ?? path.join(opts.dataDir, 'resistkg-neo4j-password');
}

/** The password of the embedded Neo4j on `dataDir` (made, 0600, on first use). */
export function embeddedPassword(opts: Pick<EmbeddedOptions, 'dataDir' | 'passwordFile'>): string {
  return loadOrCreateSecret(passwordFileOf(opts)).secret;
}

/**
 * The environment the launcher JVM reads its settings from (Launcher.java): the caller's options
 * win over whatever the parent environment holds, so pass the configured values in the options.
 */
export function launcherEnv(
  opts: EmbeddedOptions,
  base: NodeJS.ProcessEnv = process.env,
  password?: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  delete env.NEO4J_AUTH_PASSWORD;
  if (password !== undefined) env.NEO4J_AUTH_PASSWORD = password;
  return {
    ...env,
    NEO4J_BOLT_PORT: String(opts.port),
    NEO4J_DATA_DIR: path.resolve(opts.dataDir),
    NEO4J_PAGECACHE_MB: String(opts.pageCacheMb ?? CONFIG_DEFAULTS.neo4jPageCacheMb),
  };
}

/**
 * The JVM's heap: the whole of it from the start, as Neo4j's own configuration advises (a heap grown
 * from a small start made the 10,000-patient study import spend ~20% more CPU: docs/benchmark.md).
 */
export function heapArgs(opts: Pick<EmbeddedOptions, 'heapMb'>): string[] {
  const heap = opts.heapMb ?? CONFIG_DEFAULTS.neo4jHeapMb;
  return [`-Xmx${heap}m`, `-Xms${heap}m`];
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureBuilt(opts.log);
  mkdirSync(opts.dataDir, { recursive: true });
  const password = embeddedPassword(opts);
  const child = spawn(
    'java',
    [...heapArgs(opts), '-XX:+UseG1GC', '-cp', classpath(), 'resistkg.Launcher', '--exit-on-stdin-close'],
    {
      env: launcherEnv(opts, process.env, password),
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = waitForExit(child);
  const log = opts.log ?? (() => undefined);
  const recent: string[] = [];
  const onLine = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    log(line);
  };
  let buffer = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`neo4j: Bolt did not start within ${opts.startTimeoutMs ?? 180000} ms`)),
      opts.startTimeoutMs ?? 180000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        onLine(line);
        if (line.startsWith('NEO4J_READY')) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(onLine));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: the JVM exited with code ${code} before Bolt was ready:\n${recent.join('\n')}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { uri: `bolt://127.0.0.1:${opts.port}`, user: EMBEDDED_USER, password, pid: child.pid!, stop, exited };
}
