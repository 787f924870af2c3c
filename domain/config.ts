/**
 * The service's configuration: every environment variable the server, the seed and import commands
 * and the local Neo4j read, parsed and validated in one place. Pure: an environment object in, a
 * typed configuration out (or a ConfigError whose message is the one line to print); reading
 * process.env and exiting are the callers' business (db/open.ts).
 */

import { isIP } from 'node:net';
import path from 'node:path';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Query limits; over any of them a request is QUERY_TOO_COMPLEX before anything runs. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxCost: number;
}

export interface Config {
  /** PORT: HTTP port. */
  port: number;
  /** HOST: the address the HTTP server listens on; 127.0.0.1 (this machine only) unless set. */
  host: string;
  /** NEO4J_URI; unset: start the embedded local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  /** NEO4J_DATA_DIR: data folder of the embedded Neo4j. */
  neo4jDataDir: string;
  /** NEO4J_BOLT_PORT: Bolt port of the embedded Neo4j. */
  neo4jBoltPort: number;
  /** NEO4J_PAGECACHE_MB: page cache of the embedded Neo4j. */
  neo4jPageCacheMb: number;
  /** NEO4J_HEAP_MB: Java heap of the embedded Neo4j, reserved whole at start (initial = maximum). */
  neo4jHeapMb: number;
  /**
   * NEO4J_PASSWORD_FILE: where the embedded Neo4j's generated password is kept. Unset: in its data
   * folder, `<neo4jDataDir>/resistkg-neo4j-password`, resolved when it starts (callers that point
   * it at another data folder get that folder's password).
   */
  neo4jPasswordFile?: string;
  /** NEO4J_RESTART_ATTEMPTS: restarts of a dead embedded Neo4j in a row before the server gives up; 0: none. */
  neo4jRestartAttempts: number;
  /** AUTH_SECRET; unset: the secret kept in authSecretFile (generated on first start). */
  authSecret?: string;
  /** AUTH_SECRET_FILE: where the generated secret is kept; default `<NEO4J_DATA_DIR>/resistkg-auth-secret`. */
  authSecretFile: string;
  /** REVOCATION_REFRESH_MS: how often each server reloads the revoked token ids (server/revocation.ts). */
  revocationRefreshMs: number;
  /** METRICS_PUBLIC=true: /metrics answers anyone; otherwise it needs an ADMIN bearer token. */
  metricsPublic: boolean;
  logLevel: LogLevel;
  /** NODE_ENV=production. */
  production: boolean;
  /** ALLOW_INTROSPECTION=true: introspection stays on in production. */
  allowIntrospection: boolean;
  /** Largest `first` a connection accepts; larger is BAD_USER_INPUT. */
  maxPageSize: number;
  /** QUERY_TIMEOUT_MS: the timeout of each transaction. */
  queryTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS: the time budget all transactions of one HTTP request share. */
  requestTimeoutMs: number;
  /** LIVE_POLL_MS: how often each process reads new changes for its subscribers (server/change-feed.ts). */
  livePollMs: number;
  /** RESPONSE_CACHE_MB: memory of the response cache (server/response-cache.ts); 0 turns it off. */
  responseCacheMb: number;
  /** RESPONSE_CACHE_MAX_AGE_S: how long HTTP caches may reuse a GET answer without revalidating. */
  responseCacheMaxAgeS: number;
  /** Requests a minute per client (Authorization header, else address: server/http-guards.ts); 0: off. */
  rateLimitPerMinute: number;
  /** RATE_LIMIT_REDIS_URL: Redis that replicas share rate-limit counts in; unset: each process counts alone. */
  rateLimitRedisUrl?: string;
  /** Origins allowed by CORS ('*' for any); empty: same-origin only. */
  corsOrigins: string[];
  maxBodyBytes: number;
  limits: QueryLimits;
}

/** Invalid configuration; the message names the variable, its value and what is expected. */
export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`Invalid ${key}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function bool(env: Env, key: string): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`Invalid ${key}=${JSON.stringify(raw)}: expected true or false`);
}

/** An IPv4 or IPv6 address or a host name (letters, digits, dots and hyphens). */
function host(env: Env): string {
  const raw = env.HOST;
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (
    isIP(raw) ||
    /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
      raw,
    )
  )
    return raw;
  throw new ConfigError(
    `Invalid HOST=${JSON.stringify(raw)}: expected an IP address (127.0.0.1, 0.0.0.0, ::) or a host name`,
  );
}

function redisUrl(env: Env): string | undefined {
  const raw = env.RATE_LIMIT_REDIS_URL;
  if (raw === undefined || raw === '') return undefined;
  if (/^rediss?:\/\/[^\s]+$/.test(raw)) return raw;
  throw new ConfigError(
    `Invalid RATE_LIMIT_REDIS_URL=${JSON.stringify(raw)}: expected redis://host:port or rediss://host:port`,
  );
}

export function parseConfig(env: Env): Config {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
    throw new ConfigError(`Invalid NEO4J_URI=${JSON.stringify(uri)}: expected bolt://host:port or neo4j://host:port`);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      `Invalid LOG_LEVEL=${JSON.stringify(env.LOG_LEVEL)}: expected one of ${LOG_LEVELS.join(', ')}`,
    );
  }
  const production = env.NODE_ENV === 'production';
  const authSecret = env.AUTH_SECRET || undefined;
  if (production && (authSecret === undefined || authSecret.length < 32)) {
    throw new ConfigError('Invalid AUTH_SECRET: production needs a secret of at least 32 characters');
  }
  const neo4jDataDir = env.NEO4J_DATA_DIR || '.neo4j-data';
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: host(env),
    neo4jUri: uri,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || '',
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    neo4jDataDir,
    neo4jBoltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
    neo4jPageCacheMb: int(env, 'NEO4J_PAGECACHE_MB', 256, 8, 1_048_576),
    neo4jHeapMb: int(env, 'NEO4J_HEAP_MB', 2048, 256, 1_048_576),
    neo4jPasswordFile: env.NEO4J_PASSWORD_FILE || undefined,
    neo4jRestartAttempts: int(env, 'NEO4J_RESTART_ATTEMPTS', 5, 0, 100),
    authSecret,
    authSecretFile: env.AUTH_SECRET_FILE || path.join(neo4jDataDir, 'resistkg-auth-secret'),
    revocationRefreshMs: int(env, 'REVOCATION_REFRESH_MS', 5000, 10, 3_600_000),
    metricsPublic: bool(env, 'METRICS_PUBLIC'),
    logLevel,
    production,
    allowIntrospection: bool(env, 'ALLOW_INTROSPECTION'),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 15000, 100, 600000),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 30000, 100, 3_600_000),
    livePollMs: int(env, 'LIVE_POLL_MS', 500, 10, 60_000),
    responseCacheMb: int(env, 'RESPONSE_CACHE_MB', 64, 0, 65_536),
    responseCacheMaxAgeS: int(env, 'RESPONSE_CACHE_MAX_AGE_S', 0, 0, 86_400),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    rateLimitRedisUrl: redisUrl(env),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_000_000, 1000, 100_000_000),
    limits: {
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 1, 100),
      maxAliases: int(env, 'MAX_ALIASES', 30, 0, 1000),
      maxRootFields: int(env, 'MAX_ROOT_FIELDS', 20, 1, 1000),
      maxCost: int(env, 'MAX_QUERY_COST', 50_000, 10, 100_000_000),
    },
  };
}

/** Every setting at its default (what an empty environment gives). */
export const CONFIG_DEFAULTS: Readonly<Config> = parseConfig({});
