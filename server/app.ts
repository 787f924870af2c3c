/**
 * The HTTP application: POST/GET /graphql (Apollo Server 5 on Express 5), /health, /graphiql from
 * our own bundle, and the static assets. No CDN is loaded anywhere.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Database } from '../db/database.js';
import { CONFIG_DEFAULTS, type Config } from '../domain/config.js';
import { createLoaders } from '../loaders/index.js';
import type { Context } from '../resolvers/context.js';
import { buildGraphQLSchema } from '../resolvers/index.js';
import { authenticate, type AuthResult } from './auth.js';
import { formatError } from './errors.js';
import { bodyErrors, cors, querySize, rateLimit } from './http-guards.js';
import { createMetrics } from './metrics.js';
import { limitsPlugin, observabilityPlugin } from './plugins.js';
import type { Logger } from './logger.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/web, from both server/ (tsx) and dist/server (compiled). */
const WEB_DIR = [path.resolve(here, '../web'), path.resolve(here, '../dist/web')].find((d) =>
  existsSync(path.join(d, 'graphiql.html')),
);

/** The settings the HTTP application reads (domain/config.ts). */
export type AppConfig = Pick<
  Config,
  'production' | 'allowIntrospection' | 'maxPageSize' | 'limits' | 'rateLimitPerMinute' | 'corsOrigins' | 'maxBodyBytes'
>;

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Secret that signs bearer tokens (server/auth.ts). */
  authSecret: string;
  /** Settings left out take the defaults of domain/config.ts, the same as an unset variable. */
  config?: Partial<AppConfig>;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  metrics: ReturnType<typeof createMetrics>;
  /** Builds a per-request context (also used by in-process tests). */
  context(requestId?: string, auth?: AuthResult): Context;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const config: AppConfig = { ...CONFIG_DEFAULTS, ...opts.config };
  const schema = await buildGraphQLSchema();
  const metrics = createMetrics(() => opts.db.sessionsInUse, opts.db.maxPoolSize);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production || config.allowIntrospection,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, opts.logger, !config.production),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(config.limits),
      observabilityPlugin(opts.logger, metrics),
    ],
  });
  await apollo.start();

  const context = (requestId: string = randomUUID(), auth: AuthResult = { user: null, error: null }): Context => {
    const counter = { queries: 0 };
    return {
      requestId,
      db: opts.db,
      counter,
      loaders: createLoaders(opts.db, counter),
      maxPageSize: config.maxPageSize,
      user: auth.user,
      authError: auth.error,
    };
  };

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const up = await opts.db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors(config.corsOrigins),
    rateLimit(config.rateLimitPerMinute, opts.authSecret),
    express.json({ limit: config.maxBodyBytes }),
    bodyErrors,
    querySize,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        context(
          String(req.headers['x-request-id'] ?? randomUUID()),
          await authenticate(req.headers.authorization, opts.authSecret),
        ),
    }),
  );
  if (WEB_DIR) {
    app.use('/assets', express.static(path.join(WEB_DIR, 'assets'), { maxAge: '1h' }));
    app.get('/graphiql', (_req, res) => res.sendFile(path.join(WEB_DIR, 'graphiql.html')));
    app.get('/', (_req, res) => res.sendFile(path.join(WEB_DIR, 'explorer.html')));
  } else {
    opts.logger.warn('web bundle not found (run npm run build): /graphiql is not served');
  }
  return { app, apollo, context, metrics };
}
