/**
 * `npm start`: validates configuration, starts the embedded Neo4j when NEO4J_URI is unset (and
 * stops it on exit), applies migrations, loads the curated seed into an empty database, and serves
 * the API on PORT.
 */
import type { Server } from 'node:http';
import { countEntities } from '../db/entity.repo.js';
import { configOrExit, openDatabase, type OpenDatabase } from '../neo4j/open.js';
import { loadSeed } from '../seed/load.js';
import { createApp } from './app.js';
import { DEVELOPMENT_SECRET } from './auth.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  let server: Server | undefined;
  let opened: OpenDatabase | undefined;
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
    await opened?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    opened = await openDatabase(config, {
      log: (line) => logger.debug({ neo4j: line }),
      onEmbeddedStart: () =>
        logger.info(
          { dataDir: config.neo4jDataDir, port: config.neo4jBoltPort, pageCacheMb: config.neo4jPageCacheMb },
          'starting the embedded Neo4j (NEO4J_URI is unset)',
        ),
    });
    const { db, uri, embedded } = opened;
    void embedded?.exited.then((code) => {
      if (!stopping) {
        logger.error({ code }, 'the embedded Neo4j exited; stopping');
        void shutdown(1);
      }
    });
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
      config,
      authSecret: config.authSecret ?? DEVELOPMENT_SECRET,
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
