/**
 * The HTTP application: POST/GET /graphql (Apollo Server 5 on Express 5), /health, /metrics (ADMIN
 * token unless METRICS_PUBLIC=true), /graphiql from our own bundle, and the static assets. No CDN is
 * loaded anywhere, so the pages' Content-Security-Policy allows this origin only; every response
 * forbids framing and MIME sniffing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Database } from '../db/database.js';
import { revokedTokenIds } from '../db/revocation.repo.js';
import { ANONYMOUS } from '../domain/auth.js';
import { CONFIG_DEFAULTS, type Config } from '../domain/config.js';
import { createLoaders } from '../loaders/index.js';
import { Deadline } from '../domain/deadline.js';
import type { Context } from '../resolvers/context.js';
import { buildGraphQLSchema } from '../resolvers/index.js';
import { authenticate, requestAuth, type AuthResult } from './auth.js';
import { formatError } from './errors.js';
import { bodyErrors, bookmarkHeader, cors, querySize, requestBookmarks } from './http-guards.js';
import { createRateLimit } from './rate-limit.js';
import { createChangeFeed } from './change-feed.js';
import { attachSubscriptions } from './live.js';
import type { Server } from 'node:http';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createMetrics } from './metrics.js';
import { bookmarkPlugin, httpStatusPlugin, limitsPlugin, observabilityPlugin } from './plugins.js';
import { createResponseCache, responseCachePlugin } from './response-cache.js';
import type { Logger } from './logger.js';
import { createDenyList } from './revocation.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/web, from both server/ (tsx) and dist/server (compiled). */
const WEB_DIR = [path.resolve(here, '../web'), path.resolve(here, '../dist/web')].find((d) =>
  existsSync(path.join(d, 'graphiql.html')),
);

/** Every response: no framing, no MIME sniffing, and (for JSON and text) no content at all. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * <style> elements a bundled library adds at run time: Cytoscape.js (the explorer) inserts this one.
 * test/slow/web-csp.test.ts fails, naming the hash Chromium wants, if an upgrade changes it.
 */
const INJECTED_STYLES = ['.__________cytoscape_container { position: relative; }'];

/**
 * The CSP of an HTML page served from dist/web: scripts, styles, fonts, images and requests from
 * this origin only; data: images and fonts (GraphiQL's stylesheet inlines its icons and fonts); the
 * page's own inline <style> blocks and the libraries' injected ones by their hash, never
 * 'unsafe-inline'.
 */
export function pageCsp(html: string): string {
  const hashes = [...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!), ...INJECTED_STYLES].map(
    (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${hashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The settings the HTTP application reads (domain/config.ts). */
export type AppConfig = Pick<
  Config,
  | 'production'
  | 'allowIntrospection'
  | 'maxPageSize'
  | 'limits'
  | 'rateLimitPerMinute'
  | 'rateLimitRedisUrl'
  | 'corsOrigins'
  | 'maxBodyBytes'
  | 'metricsPublic'
  | 'requestTimeoutMs'
  | 'revocationRefreshMs'
  | 'responseCacheMb'
  | 'livePollMs'
  | 'responseCacheMaxAgeS'
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
  /** Serves GraphQL subscriptions (WebSocket, graphql-ws) at /graphql on this HTTP server. */
  attachSubscriptions(server: Server): { close(): Promise<void> };
  /**
   * Builds a per-request context (also used by in-process tests); a fresh deadline unless given,
   * and the bookmarks the client sent (read-your-writes across API processes).
   */
  context(requestId?: string, auth?: AuthResult, deadline?: Deadline, bookmarks?: string[]): Context;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const config: AppConfig = { ...CONFIG_DEFAULTS, ...opts.config };
  const schema = await buildGraphQLSchema();
  const metrics = createMetrics(() => opts.db.sessionsInUse, opts.db.maxPoolSize);
  // Revoked token ids, reloaded in the background until Apollo stops (the plugin below).
  const denyList = createDenyList({
    load: () => revokedTokenIds(opts.db, { metadata: { op: 'revokedTokenIds' } }),
    intervalMs: config.revocationRefreshMs,
    logger: opts.logger,
  });
  await denyList.start();
  const feed = createChangeFeed(opts.db, config.livePollMs, opts.logger);
  const rateLimit = createRateLimit(config.rateLimitPerMinute, config.rateLimitRedisUrl, opts.logger);
  const verify = (header: string | undefined) => authenticate(header, opts.authSecret, denyList.has);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production || config.allowIntrospection,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, opts.logger, !config.production),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin hooks every resolved field for hints we never set; the
      // response cache below keys on the graph version instead.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(config.limits),
      responseCachePlugin(createResponseCache(config.responseCacheMb * 1024 * 1024), metrics, {
        maxAgeSeconds: config.responseCacheMaxAgeS,
      }),
      bookmarkPlugin(),
      httpStatusPlugin(),
      observabilityPlugin(opts.logger, metrics),
      {
        serverWillStart: async () => ({
          serverWillStop: async () => {
            denyList.stop();
            feed.stop();
            await rateLimit.close();
          },
        }),
      },
    ],
  });
  try {
    await apollo.start();
  } catch (err) {
    denyList.stop();
    await rateLimit.close();
    throw err;
  }

  const context = (
    requestId: string = randomUUID(),
    auth: AuthResult = ANONYMOUS,
    deadline = new Deadline(config.requestTimeoutMs),
    bookmarks: string[] = [],
  ): Context => {
    const counter = { queries: 0 };
    const receipt = { bookmarks: [] };
    // Every round trip of the request goes through this view: counted, bound by its deadline,
    // after the client's bookmarks, and every committed write's bookmark kept for the response.
    const db = opts.db.forRequest({ counter, deadline, bookmarks, receipt, metadata: { requestId } });
    return {
      requestId,
      db,
      counter,
      receipt,
      deadline,
      loaders: createLoaders(db, counter),
      maxPageSize: config.maxPageSize,
      user: auth.user,
      token: auth.token,
      authError: auth.error,
    };
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', API_CSP);
    next();
  });
  app.get('/health', async (_req, res) => {
    const up = await opts.db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });
  app.get('/metrics', async (req, res) => {
    if (!config.metricsPublic) {
      const { user } = await verify(req.headers.authorization);
      if (user?.role !== 'ADMIN') {
        if (!user) res.setHeader('WWW-Authenticate', 'Bearer realm="resistkg"');
        res
          .status(user ? 403 : 401)
          .type('text/plain')
          .send(
            user
              ? 'Metrics need the ADMIN role.\n'
              : 'Metrics need an ADMIN bearer token (Authorization: Bearer …), or METRICS_PUBLIC=true.\n',
          );
        return;
      }
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors(config.corsOrigins),
    // The token is verified once, here; the rate limit and the GraphQL context share the result.
    async (req: Request, res: Response, next: NextFunction) => {
      res.locals.auth = await verify(req.headers.authorization);
      next();
    },
    rateLimit.middleware,
    bookmarkHeader,
    express.json({ limit: config.maxBodyBytes }),
    bodyErrors,
    querySize,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const deadline = new Deadline(config.requestTimeoutMs);
        // The client went away before its answer was written: stop the request's queries.
        res.once('close', () => {
          if (!res.writableFinished) deadline.cancel('the client closed the connection');
        });
        return context(
          String(req.headers['x-request-id'] ?? randomUUID()),
          requestAuth(res),
          deadline,
          requestBookmarks(res),
        );
      },
    }),
  );
  if (WEB_DIR) {
    app.use('/assets', express.static(path.join(WEB_DIR, 'assets'), { maxAge: '1h' }));
    for (const [route, file] of [
      ['/graphiql', 'graphiql.html'],
      ['/', 'explorer.html'],
    ] as const) {
      const full = path.join(WEB_DIR, file);
      const csp = pageCsp(readFileSync(full, 'utf8'));
      app.get(route, (_req, res) => {
        res.setHeader('Content-Security-Policy', csp);
        res.sendFile(full);
      });
    }
  } else {
    opts.logger.warn('web bundle not found (run npm run build): /graphiql is not served');
  }
  const attach = (server: Server) =>
    attachSubscriptions(server, {
      schema,
      feed,
      limits: config.limits,
      corsOrigins: config.corsOrigins,
      requestTimeoutMs: config.requestTimeoutMs,
      development: !config.production,
      logger: opts.logger,
      verify,
      context: (requestId, auth, deadline) => context(requestId, auth, deadline),
    });
  return { app, apollo, context, metrics, attachSubscriptions: attach };
}
