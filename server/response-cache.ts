/**
 * A response cache for read operations, keyed by the graph version (db/graph-version.queries.ts)
 * that every committed write bumps inside its own transaction. Each cacheable request first reads
 * the version from the graph (after the client's bookmarks), so an answer is never served after a
 * write has been acknowledged, whichever API process made the write. Bounded by bytes (LRU);
 * hits, misses and bytes are in /metrics. GET answers carry an ETag of the same key, so HTTP caches
 * and CDNs can revalidate cheaply (304), and a Cache-Control that never lets them serve stale data
 * without asking (max-age RESPONSE_CACHE_MAX_AGE_S, 0 by default).
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import stableStringify from 'fast-json-stable-stringify';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../resolvers/context.js';
import type { Metrics } from './metrics.js';

export interface ResponseCacheOptions {
  /** RESPONSE_CACHE_MB in bytes; 0 turns the cache off. */
  maxBytes: number;
  /** RESPONSE_CACHE_MAX_AGE_S: how long an HTTP cache may reuse a GET answer without asking. */
  maxAgeSeconds: number;
}

interface Entry {
  result: FormattedExecutionResult;
  bytes: number;
}

export type ResponseCache = LRUCache<string, Entry>;

export function createResponseCache(maxBytes: number): ResponseCache | null {
  if (maxBytes <= 0) return null;
  return new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e) => e.bytes });
}

/**
 * The key of one answer: the graph version, who asks (a token's answers, such as `me`, are its
 * own; anonymous readers share), and the operation with its variables in a canonical order.
 */
export function cacheKey(parts: {
  version: number;
  principal: string;
  queryHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
}): string {
  return createHash('sha256')
    .update(
      stableStringify([
        parts.version,
        parts.principal,
        parts.queryHash,
        parts.operationName ?? '',
        parts.variables ?? {},
      ]),
    )
    .digest('base64url');
}

export function responseCachePlugin(
  cache: ResponseCache | null,
  metrics: Metrics,
  opts: Pick<ResponseCacheOptions, 'maxAgeSeconds'>,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, request, contextValue, response }) {
          if (!cache || operation.operation !== 'query' || !queryHash) return null;
          // Unreadable (the database is away, a bookmark is unknown): no cache; the operation runs
          // and its resolvers report the same failure with its proper code and status.
          const version = await contextValue.db.graphVersion().catch(() => undefined);
          if (version === undefined) return null;
          key = cacheKey({
            version,
            principal: contextValue.token ? `token:${contextValue.token.id}` : 'anonymous',
            queryHash,
            operationName: request.operationName,
            variables: request.variables,
          });
          const entry = cache.get(key);
          metrics.responseCache.inc({ result: entry ? 'hit' : 'miss' });
          if (!entry) return null;
          hit = true;
          return { http: response.http, body: { kind: 'single', singleResult: entry.result } };
        },
        async willSendResponse({ request, response, contextValue }) {
          if (!key || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length) return;
          if (!hit && cache) {
            const bytes = Buffer.byteLength(JSON.stringify(result));
            if (bytes <= cache.maxSize) cache.set(key, { result, bytes });
          }
          if (request.http?.method === 'GET') {
            const shared = !contextValue.token;
            response.http.headers.set('etag', `"${key}"`);
            response.http.headers.set(
              'cache-control',
              `${shared ? 'public' : 'private'}, max-age=${opts.maxAgeSeconds}, must-revalidate`,
            );
            response.http.headers.set('vary', 'Authorization, Resistkg-Bookmark');
          }
        },
      };
    },
  };
}
