/**
 * `npm start`: validates configuration, starts the embedded Neo4j when NEO4J_URI is unset (and
 * stops it on exit), applies migrations, loads the curated seed into an empty database, and serves
 * the API on PORT.
 */
import type { Server } from 'node:http';
import { Database } from '../db/database.js';
import { countEntities } from '../db/entity.repo.js';
import { migrate } from '../db/migrations.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.js';
import { loadSeed } from '../seed/load.js';
import { createApp } from './app.js';
import { DEVELOPMENT_SECRET } from './auth.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`resistkg: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedNeo4j | undefined;
  let server: Server | undefined;
  let db: Database | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down');
    await new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeIdleConnections(); // keep-alive sockets would otherwise hold the close for seconds
      setTimeout(() => server?.closeAllConnections(), 5000).unref();
    });
    await db?.close().catch(() => undefined);
    await embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    let uri = config.neo4jUri;
    if (!uri) {
      logger.info(
        { dataDir: config.neo4jDataDir, port: config.neo4jBoltPort },
        'starting the embedded Neo4j (NEO4J_URI is unset)',
      );
      embedded = await startEmbeddedNeo4j({
        port: config.neo4jBoltPort,
        dataDir: config.neo4jDataDir,
        log: (line) => logger.debug({ neo4j: line }),
      });
      void embedded.exited.then((code) => {
        if (!stopping) {
          logger.error({ code }, 'the embedded Neo4j exited; stopping');
          void shutdown(1);
        }
      });
      uri = embedded.uri;
    }
    db = new Database({
      uri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
      timeoutMs: config.queryTimeoutMs,
    });
    await migrate(db);
    if ((await countEntities(db)) === 0) {
      logger.info('empty database: loading the curated seed');
      const summary = await loadSeed(db);
      logger.info(summary, 'seed loaded');
    }
    if (!config.authSecret)
      logger.warn('AUTH_SECRET is unset: tokens are signed with the development secret (never do this in production)');
    const { app } = await createApp({
      db,
      logger,
      production: config.production,
      maxPageSize: config.maxPageSize,
      authSecret: config.authSecret ?? DEVELOPMENT_SECRET,
      limits: config.limits,
      rateLimitPerMinute: config.rateLimitPerMinute,
      corsOrigins: config.corsOrigins,
      maxBodyBytes: config.maxBodyBytes,
    });
    server = app.listen(config.port, () => {
      const addr = server!.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      logger.info(
        { port, neo4j: uri, neo4jPid: embedded?.pid ?? null },
        `resistkg listening on http://localhost:${port}/graphql (GraphiQL at /graphiql)`,
      );
    });
  } catch (err) {
    logger.fatal({ err }, 'start failed');
    await shutdown(1);
  }
}

void main();
