/**
 * Neo4j's offline bulk importer (`neo4j-admin database import full`), run from the same jars as the
 * local server. It writes a new store straight to disk, far faster than transactions, but only into
 * a database that does not exist yet, with the server stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { classpath, ensureBuilt } from './embedded.js';

export interface OfflineImportOptions {
  /** The server's data directory (NEO4J_DATA_DIR); the import creates its default database. */
  dataDir: string;
  nodes: string[];
  relationships: string[];
  /** Each line the importer prints (its own progress display). */
  log?: (line: string) => void;
  heapMb?: number;
}

/** True when the data directory holds no database yet, so the offline importer may write one. */
export function canImportOffline(dataDir: string): boolean {
  const store = path.join(dataDir, 'data', 'databases', 'neo4j');
  return !existsSync(store) || readdirSync(store).filter((f) => f !== 'database_lock').length === 0;
}

export async function offlineImport(o: OfflineImportOptions): Promise<void> {
  ensureBuilt();
  if (!canImportOffline(o.dataDir)) throw new Error(`offline import: ${o.dataDir} already holds a database`);
  mkdirSync(o.dataDir, { recursive: true });
  const args = [
    `-Xmx${o.heapMb ?? 4096}m`,
    '-cp',
    classpath(),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...o.nodes.map((f) => `--nodes=${f}`),
    ...o.relationships.map((f) => `--relationships=${f}`),
    '--skip-duplicate-nodes=true',
    `--report-file=${path.join(o.dataDir, 'import.report')}`,
    'neo4j',
  ];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: path.resolve(o.dataDir), NEO4J_CONF: path.resolve(o.dataDir, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = o.log ?? (() => undefined);
  const tail: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      log(line);
      tail.push(line);
      if (tail.length > 20) tail.shift();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) {
    // The importer leaves a half-written store behind; remove it so the directory is empty again.
    for (const dir of ['databases', 'transactions'])
      rmSync(path.join(o.dataDir, 'data', dir, 'neo4j'), { recursive: true, force: true });
    throw new Error(`offline import failed (exit ${code}):\n${tail.join('\n')}`);
  }
}
