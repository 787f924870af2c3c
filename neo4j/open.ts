/**
 * Opens the product's database from the configuration (domain/config.ts): NEO4J_URI when it is
 * set, else the embedded Neo4j started on NEO4J_DATA_DIR, NEO4J_BOLT_PORT and NEO4J_PAGECACHE_MB;
 * migrations applied. The server, the seed and import commands and the synthetic loader all open
 * it here, so they agree on every setting.
 */
import { ConfigError, parseConfig, type Config } from '../domain/config.js';
import { DEFAULT_RESTART_POLICY } from '../domain/restart.js';
import { existsSync } from 'node:fs';
import {
  EMBEDDED_USER,
  embeddedPassword,
  passwordFileOf,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedOptions,
} from './embedded.js';
import { supervise, type SupervisorEvent } from './supervise.js';
import { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';

/**
 * The configuration of a command-line entry point: on invalid configuration it prints the one
 * line that says what is wrong (prefixed with the command's name) and exits with code 2.
 */
export function configOrExit(command = 'resistkg', env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${command}: ${err.message}\n`);
    process.exit(2);
  }
}

/** The embedded Neo4j the configuration asks for. */
export function embeddedOptions(config: Config, log?: (line: string) => void): EmbeddedOptions {
  return {
    port: config.neo4jBoltPort,
    dataDir: config.neo4jDataDir,
    passwordFile: config.neo4jPasswordFile,
    pageCacheMb: config.neo4jPageCacheMb,
    heapMb: config.neo4jHeapMb,
    log,
  };
}

export interface OpenDatabase {
  db: Database;
  /** The Bolt URI in use (NEO4J_URI, or the embedded server's). */
  uri: string;
  /** The embedded Neo4j, when NEO4J_URI is unset. */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j if one was started. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Lines the embedded Neo4j prints. */
  log?: (line: string) => void;
  /** Called just before the embedded Neo4j starts (NEO4J_URI is unset). */
  onEmbeddedStart?: () => void;
  /**
   * Restart the embedded Neo4j when its JVM dies (up to NEO4J_RESTART_ATTEMPTS in a row, with
   * back-off), telling this callback each step; `embedded.exited` then resolves only on giving up.
   */
  onRestart?: (event: SupervisorEvent) => void;
}

/** Starts the embedded Neo4j when NEO4J_URI is unset, opens the Database and applies migrations. */
export async function openDatabase(config: Config, opts: OpenOptions = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  if (!config.neo4jUri) {
    opts.onEmbeddedStart?.();
    const options = embeddedOptions(config, opts.log);
    embedded = await startEmbeddedNeo4j(options);
    if (opts.onRestart)
      embedded = supervise(embedded, {
        policy: { ...DEFAULT_RESTART_POLICY, maxAttempts: config.neo4jRestartAttempts },
        start: () => startEmbeddedNeo4j(options),
        onEvent: opts.onRestart,
      });
  }
  const uri = config.neo4jUri ?? embedded!.uri;
  const db = new Database({
    uri,
    user: embedded?.user ?? config.neo4jUser,
    password: embedded?.password ?? config.neo4jPassword,
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutMs,
  });
  const close = async () => {
    await db.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await migrate(db);
  } catch (err) {
    await close();
    throw err;
  }
  return { db, uri, embedded, close };
}

/**
 * The embedded Neo4j another process (`npm start`) is already running on this configuration's data
 * folder and Bolt port, if any: something answers there and accepts the password file's password.
 * Command-line tools then work on it instead of trying to start a second one on the same folder.
 */
async function runningEmbedded(
  config: Config,
): Promise<Pick<Config, 'neo4jUri' | 'neo4jUser' | 'neo4jPassword'> | null> {
  const options = embeddedOptions(config);
  if (!existsSync(passwordFileOf(options))) return null;
  const found = {
    neo4jUri: `bolt://127.0.0.1:${config.neo4jBoltPort}`,
    neo4jUser: EMBEDDED_USER,
    neo4jPassword: embeddedPassword(options),
  };
  const probe = new Database({ uri: found.neo4jUri, user: found.neo4jUser, password: found.neo4jPassword });
  try {
    return (await probe.ping()) ? found : null;
  } finally {
    await probe.close().catch(() => undefined);
  }
}

/**
 * For command-line tools: runs `work` on the configured database (NEO4J_URI; else the embedded
 * Neo4j that `npm start` is running on the same data folder and port; else one started for the
 * duration), then closes it. `overrides` replace settings from the environment (the synthetic
 * loader points it at its own data folder).
 */
export async function withDatabase<T>(
  work: (db: Database) => Promise<T>,
  overrides: Partial<Pick<Config, 'neo4jUri' | 'neo4jDataDir' | 'neo4jBoltPort'>> = {},
): Promise<T> {
  let config: Config = { ...parseConfig(process.env), ...overrides };
  if (!config.neo4jUri) {
    const running = await runningEmbedded(config);
    if (running) {
      process.stderr.write(`using the embedded Neo4j already running at ${running.neo4jUri}\n`);
      config = { ...config, ...running };
    }
  }
  const opened = await openDatabase(config);
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}
