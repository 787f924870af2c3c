/**
 * `npm start`: validates configuration, starts the embedded Neo4j when NEO4J_URI is unset (and
 * stops it on exit), applies migrations, loads the curated seed into an empty database, and serves
 * the API on HOST:PORT (127.0.0.1 unless HOST says otherwise). When the port cannot be had it says
 * so in one line, stops its Neo4j and exits 1. When the embedded Neo4j dies it is restarted (up to
 * NEO4J_RESTART_ATTEMPTS in a row, with back-off); when the last attempt fails the server exits 1.
 */
import { createServer, type Server } from 'node:http';
import { countEntities } from '../db/entity.repo.js';
import { configOrExit, openDatabase, type OpenDatabase } from '../neo4j/open.js';
import { loadSeed } from '../seed/load.js';
import { createApp } from './app.js';
import { authSecret } from './auth.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  let server: Server | undefined;
  let live: { close(): Promise<void> } | undefined;
  let opened: OpenDatabase | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down');
    await live?.close(); // WebSocket subscribers would otherwise hold the HTTP server open
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
    const secret = authSecret(config);
    if (secret.source !== 'AUTH_SECRET')
      logger.warn(
        { file: config.authSecretFile, created: secret.source === 'generated' },
        'AUTH_SECRET is unset: tokens are signed with the random secret kept in this file (npm run token reads it too)',
      );
    opened = await openDatabase(config, {
      log: (line) => logger.debug({ neo4j: line }),
      onRestart: (event) => {
        if (event.kind === 'exited') logger.error(event, 'the embedded Neo4j exited');
        else if (event.kind === 'restarting') logger.warn(event, 'restarting the embedded Neo4j');
        else if (event.kind === 'restart-failed') logger.error(event, 'the embedded Neo4j did not restart');
        else if (event.kind === 'up') logger.info({ ...event, neo4jPid: event.pid }, 'the embedded Neo4j is up again');
      },
      onEmbeddedStart: () =>
        logger.info(
          {
            dataDir: config.neo4jDataDir,
            port: config.neo4jBoltPort,
            pageCacheMb: config.neo4jPageCacheMb,
            heapMb: config.neo4jHeapMb,
          },
          'starting the embedded Neo4j (NEO4J_URI is unset)',
        ),
    });
    const { db, uri, embedded } = opened;
    if (embedded) logger.info({ neo4jPid: embedded.pid }, 'the embedded Neo4j is up');
    void embedded?.exited.then((code) => {
      if (!stopping) {
        const line = `resistkg: the embedded Neo4j died and did not restart after ${config.neo4jRestartAttempts} attempts (NEO4J_RESTART_ATTEMPTS); stopping`;
        logger.fatal({ code }, line);
        process.stderr.write(`${line}\n`);
        void shutdown(1);
      }
    });
    if ((await countEntities(db)) === 0) {
      logger.info('empty database: loading the curated seed');
      const summary = await loadSeed(db);
      logger.info(summary, 'seed loaded');
    }
    const { app, attachSubscriptions } = await createApp({ db, logger, config, authSecret: secret.secret });
    const listening = createServer(app);
    try {
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(config.port, config.host, () => {
          listening.off('error', reject);
          resolve();
        });
      });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why =
        e.code === 'EADDRINUSE'
          ? 'is already in use'
          : e.code === 'EACCES'
            ? 'needs privileges this process lacks'
            : e.code === 'EADDRNOTAVAIL'
              ? 'is not an address of this machine'
              : `cannot be listened on (${e.code ?? e.message})`;
      const line = `resistkg: cannot listen on ${config.host}:${config.port}: the address ${why} (HOST, PORT)`;
      logger.fatal({ code: e.code, host: config.host, port: config.port }, line);
      process.stderr.write(`${line}\n`);
      await shutdown(1);
      return;
    }
    server = listening;
    // Only once it listens: a WebSocket server attached earlier would also report a failed listen.
    live = attachSubscriptions(listening);
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.info(
      { host: config.host, port, neo4j: uri, neo4jPid: embedded?.pid ?? null },
      `resistkg listening on http://${shown}:${port}/graphql (GraphiQL at /graphiql)`,
    );
  } catch (err) {
    logger.fatal({ err }, 'start failed');
    await shutdown(1);
  }
}

void main();
