/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the protocol Apollo Client, Relay and urql
 * speak) at /graphql on the same HTTP server. The same rules as HTTP: the bearer token comes in the
 * connection's `connectionParams.authorization` and is verified the same way (a bad one makes the
 * connection anonymous, and operations that need a role answer UNAUTHENTICATED); every operation
 * passes the same query limits; errors carry the same codes and are masked the same way. Browsers
 * may connect only from the page's own origin or CORS_ORIGINS (no cross-site WebSocket hijacking).
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Deadline } from '../domain/deadline.js';
import { ErrorCode } from '../domain/errors.js';
import type { Context } from '../resolvers/context.js';
import type { AuthResult } from './auth.js';
import type { ChangeFeed } from './change-feed.js';
import { formatError } from './errors.js';
import { checkLimits, type Limits } from './limits.js';
import type { Logger } from './logger.js';

export interface LiveOptions {
  schema: GraphQLSchema;
  feed: ChangeFeed;
  limits: Limits;
  corsOrigins: string[];
  requestTimeoutMs: number;
  development: boolean;
  logger: Logger;
  verify(header: string | undefined): Promise<AuthResult>;
  context(requestId: string, auth: AuthResult, deadline: Deadline): Context;
}

/** Serves subscriptions on `server` until close() is called. */
export function attachSubscriptions(server: Server, opts: LiveOptions): { close(): Promise<void> } {
  const allowed = new Set(opts.corsOrigins);
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    // Browsers always send Origin; other clients need not. Same origin or an allowed one only.
    verifyClient: ({ origin, req }: { origin?: string; req: { headers: { host?: string } } }) =>
      !origin || allowed.has('*') || allowed.has(origin) || new URL(origin).host === req.headers.host,
  });
  const auths = new WeakMap<object, AuthResult>();
  const ends = new Map<string, AbortController>();
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => formatError(e.toJSON(), e, opts.logger, opts.development));

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        auths.set(ctx, await opts.verify(typeof header === 'string' ? header : undefined));
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const invalid = validate(opts.schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [new GraphQLError('No operation of that name.', { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
        try {
          checkLimits(opts.schema, document, operation, payload.variables ?? {}, opts.limits);
        } catch (err) {
          return [err as GraphQLError];
        }
        const auth = auths.get(ctx)!;
        const end = new AbortController();
        ends.set(id, end);
        ctx.extra.socket.once('close', () => end.abort()); // a gone client ends its operations
        const requestId = randomUUID();
        const contextValue = opts.context(requestId, auth, new Deadline(opts.requestTimeoutMs));
        contextValue.live = {
          feed: opts.feed,
          signal: end.signal,
          // Each push is a new request: its own deadline, counter and loaders (no stale cache).
          renew: () => {
            const fresh = opts.context(requestId, auth, new Deadline(opts.requestTimeoutMs));
            Object.assign(contextValue, { ...fresh, live: contextValue.live });
          },
        };
        return {
          schema: opts.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (_ctx, id) => {
        ends.get(id)?.abort();
        ends.delete(id);
      },
    },
    wss,
  );
  return {
    async close() {
      for (const end of ends.values()) end.abort();
      ends.clear();
      await cleanup.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}
