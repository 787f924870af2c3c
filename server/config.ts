/** Configuration from the environment, validated once at start (README.md, "Configuration"). */
export interface Config {
  port: number;
  neo4jUri?: string; // unset: start the embedded local Neo4j
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  neo4jDataDir: string;
  neo4jBoltPort: number;
  authSecret?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  production: boolean;
  /** Largest `first` a connection accepts; larger is BAD_USER_INPUT. */
  maxPageSize: number;
  queryTimeoutMs: number;
  /** Requests a minute per client (Authorization header, else address: server/http-guards.ts); 0: off. */
  rateLimitPerMinute: number;
  /** Origins allowed by CORS ('*' for any); empty: same-origin only. */
  corsOrigins: string[];
  maxBodyBytes: number;
  limits: { maxDepth: number; maxAliases: number; maxRootFields: number; maxCost: number };
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

function int(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`Invalid ${key}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
    throw new ConfigError(`Invalid NEO4J_URI=${JSON.stringify(uri)}: expected bolt://host:port or neo4j://host:port`);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
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
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    neo4jUri: uri,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || '',
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    neo4jDataDir: env.NEO4J_DATA_DIR || '.neo4j-data',
    neo4jBoltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
    authSecret,
    logLevel,
    production,
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 15000, 100, 600000),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
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
