import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../db/database.js';
import { embeddedOptions } from '../../neo4j/open.js';
import { CONFIG_DEFAULTS, ConfigError, parseConfig, type Env } from '../../domain/config.js';
import { heapArgs, launcherEnv, passwordFileOf } from '../../neo4j/embedded.js';
import { createApp, type AppConfig } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = 'a-production-secret-of-32-characters!';

/** The ConfigError message parseConfig gives for `env`, or a failure when it accepts it. */
function rejection(env: Env): string {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('parseConfig: every documented variable', () => {
  it('an empty environment gives the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: undefined,
      neo4jDataDir: '.neo4j-data',
      neo4jBoltPort: 7687,
      neo4jPageCacheMb: 256,
      neo4jHeapMb: 2048,
      neo4jPasswordFile: undefined,
      neo4jRestartAttempts: 5,
      authSecret: undefined,
      authSecretFile: path.join('.neo4j-data', 'resistkg-auth-secret'),
      revocationRefreshMs: 5000,
      metricsPublic: false,
      logLevel: 'info',
      production: false,
      allowIntrospection: false,
      maxPageSize: 100,
      queryTimeoutMs: 15000,
      requestTimeoutMs: 30000,
      livePollMs: 500,
      responseCacheMb: 64,
      responseCacheMaxAgeS: 0,
      rateLimitPerMinute: 600,
      rateLimitRedisUrl: undefined,
      corsOrigins: [],
      maxBodyBytes: 1_000_000,
      limits: { maxDepth: 12, maxAliases: 30, maxRootFields: 20, maxCost: 50_000 },
    });
    expect(CONFIG_DEFAULTS).toEqual(parseConfig({}));
  });

  it('reads each variable', () => {
    const config = parseConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'resist',
      NEO4J_DATA_DIR: '/var/lib/resistkg',
      NEO4J_BOLT_PORT: '7688',
      NEO4J_PAGECACHE_MB: '512',
      NEO4J_HEAP_MB: '4096',
      NEO4J_PASSWORD_FILE: '/etc/resistkg/neo4j-password',
      NEO4J_RESTART_ATTEMPTS: '0',
      AUTH_SECRET: SECRET,
      AUTH_SECRET_FILE: '/etc/resistkg/secret',
      REVOCATION_REFRESH_MS: '250',
      METRICS_PUBLIC: 'true',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
      ALLOW_INTROSPECTION: 'true',
      MAX_PAGE_SIZE: '250',
      QUERY_TIMEOUT_MS: '30000',
      REQUEST_TIMEOUT_MS: '45000',
      LIVE_POLL_MS: '100',
      RESPONSE_CACHE_MB: '0',
      RESPONSE_CACHE_MAX_AGE_S: '30',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_REDIS_URL: 'redis://cache.example:6379',
      CORS_ORIGINS: ' https://a.example , https://b.example,',
      MAX_BODY_BYTES: '2000000',
      MAX_QUERY_DEPTH: '8',
      MAX_ALIASES: '0',
      MAX_ROOT_FIELDS: '5',
      MAX_QUERY_COST: '1000',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      neo4jUri: 'neo4j://db.example:7687',
      neo4jUser: 'reader',
      neo4jPassword: 'pw',
      neo4jDatabase: 'resist',
      neo4jDataDir: '/var/lib/resistkg',
      neo4jBoltPort: 7688,
      neo4jPageCacheMb: 512,
      neo4jHeapMb: 4096,
      neo4jPasswordFile: '/etc/resistkg/neo4j-password',
      neo4jRestartAttempts: 0,
      authSecret: SECRET,
      authSecretFile: '/etc/resistkg/secret',
      revocationRefreshMs: 250,
      metricsPublic: true,
      logLevel: 'debug',
      production: true,
      allowIntrospection: true,
      maxPageSize: 250,
      queryTimeoutMs: 30000,
      requestTimeoutMs: 45000,
      livePollMs: 100,
      responseCacheMb: 0,
      responseCacheMaxAgeS: 30,
      rateLimitPerMinute: 0,
      rateLimitRedisUrl: 'redis://cache.example:6379',
      corsOrigins: ['https://a.example', 'https://b.example'],
      maxBodyBytes: 2_000_000,
      limits: { maxDepth: 8, maxAliases: 0, maxRootFields: 5, maxCost: 1000 },
    });
  });

  it('accepts every Bolt URI form and treats empty values as unset', () => {
    for (const uri of ['bolt://h:7687', 'bolt+s://h', 'bolt+ssc://h:1', 'neo4j://h', 'neo4j+s://h.example:7687'])
      expect(parseConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
    expect(parseConfig({ NEO4J_URI: '', PORT: '', LOG_LEVEL: '', ALLOW_INTROSPECTION: '' })).toEqual(CONFIG_DEFAULTS);
    expect(parseConfig({ ALLOW_INTROSPECTION: 'false' }).allowIntrospection).toBe(false);
    for (const host of ['::', '::1', 'localhost', 'api.example.org', '10.0.0.7'])
      expect(parseConfig({ HOST: host }).host).toBe(host);
    expect(parseConfig({ NEO4J_DATA_DIR: '/srv/kg/data' }).authSecretFile).toBe('/srv/kg/data/resistkg-auth-secret');
    // The Neo4j password file follows the data folder, also one a command points elsewhere.
    const embedded = embeddedOptions({ ...parseConfig({ NEO4J_DATA_DIR: '/srv/kg/data' }), neo4jDataDir: '/tmp/x' });
    expect(passwordFileOf(embedded)).toBe(path.join('/tmp/x', 'resistkg-neo4j-password'));
    expect(passwordFileOf(embeddedOptions(parseConfig({ NEO4J_PASSWORD_FILE: '/etc/pw' })))).toBe('/etc/pw');
  });
});

describe('parseConfig: invalid values fail with one clear line', () => {
  const cases: [Env, RegExp][] = [
    [{ PORT: 'http' }, /^Invalid PORT="http": expected a whole number from 0 to 65535$/],
    [{ PORT: '70000' }, /^Invalid PORT="70000"/],
    [{ PORT: '4000.5' }, /^Invalid PORT="4000.5"/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /^Invalid NEO4J_URI="http:\/\/localhost:7474": expected bolt:\/\//],
    [{ NEO4J_BOLT_PORT: '0' }, /^Invalid NEO4J_BOLT_PORT="0"/],
    [{ NEO4J_PAGECACHE_MB: '512m' }, /^Invalid NEO4J_PAGECACHE_MB="512m": expected a whole number/],
    [{ NEO4J_PAGECACHE_MB: '1' }, /^Invalid NEO4J_PAGECACHE_MB="1"/],
    [{ NEO4J_RESTART_ATTEMPTS: 'always' }, /^Invalid NEO4J_RESTART_ATTEMPTS="always": expected a whole number/],
    [{ NEO4J_RESTART_ATTEMPTS: '-1' }, /^Invalid NEO4J_RESTART_ATTEMPTS="-1"/],
    [{ LOG_LEVEL: 'verbose' }, /^Invalid LOG_LEVEL="verbose": expected one of debug, info, warn, error, silent$/],
    [{ NODE_ENV: 'production' }, /^Invalid AUTH_SECRET: production needs a secret of at least 32 characters$/],
    [{ NODE_ENV: 'production', AUTH_SECRET: 'short' }, /^Invalid AUTH_SECRET/],
    [{ HOST: 'http://0.0.0.0' }, /^Invalid HOST="http:\/\/0.0.0.0": expected an IP address/],
    [{ HOST: '127.0.0.1:4000' }, /^Invalid HOST="127.0.0.1:4000"/],
    [{ METRICS_PUBLIC: 'yes' }, /^Invalid METRICS_PUBLIC="yes": expected true or false$/],
    [{ ALLOW_INTROSPECTION: 'yes' }, /^Invalid ALLOW_INTROSPECTION="yes": expected true or false$/],
    [{ MAX_PAGE_SIZE: '0' }, /^Invalid MAX_PAGE_SIZE="0"/],
    [{ QUERY_TIMEOUT_MS: '50' }, /^Invalid QUERY_TIMEOUT_MS="50"/],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, /^Invalid RATE_LIMIT_PER_MINUTE="-1"/],
    [{ RATE_LIMIT_REDIS_URL: 'localhost:6379' }, /^Invalid RATE_LIMIT_REDIS_URL="localhost:6379": expected redis:\/\//],
    [{ RESPONSE_CACHE_MB: '-1' }, /^Invalid RESPONSE_CACHE_MB="-1"/],
    [{ MAX_BODY_BYTES: '10' }, /^Invalid MAX_BODY_BYTES="10"/],
    [{ MAX_QUERY_DEPTH: 'deep' }, /^Invalid MAX_QUERY_DEPTH="deep"/],
    [{ MAX_ALIASES: '-5' }, /^Invalid MAX_ALIASES="-5"/],
    [{ MAX_ROOT_FIELDS: '0' }, /^Invalid MAX_ROOT_FIELDS="0"/],
    [{ MAX_QUERY_COST: '1' }, /^Invalid MAX_QUERY_COST="1"/],
    [
      { REVOCATION_REFRESH_MS: '5s' },
      /^Invalid REVOCATION_REFRESH_MS="5s": expected a whole number from 10 to 3600000$/,
    ],
    [{ REVOCATION_REFRESH_MS: '0' }, /^Invalid REVOCATION_REFRESH_MS="0"/],
  ];
  it.each(cases)('%o', (env, message) => {
    const line = rejection(env);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });

  // The entry points print that line, and nothing else, and exit with code 2 before starting
  // anything (no Neo4j is started: the check comes first).
  it('npm start (server/main.ts) exits 2 with the one line', () => {
    const env = { ...process.env, NEO4J_PAGECACHE_MB: 'lots', NODE_ENV: 'development' };
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/main.ts')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^resistkg: Invalid NEO4J_PAGECACHE_MB="lots": expected a whole number from 8 to/),
    ]);
  });
});

describe('NEO4J_PAGECACHE_MB and NEO4J_HEAP_MB reach the embedded Neo4j', () => {
  it('the launcher JVM gets the configured page cache, whatever the parent environment says', () => {
    const config = parseConfig({ NEO4J_PAGECACHE_MB: '512', NEO4J_BOLT_PORT: '7999', NEO4J_DATA_DIR: 'here' });
    const env = launcherEnv(embeddedOptions(config), { NEO4J_PAGECACHE_MB: '64', PATH: '/bin' });
    expect(env).toMatchObject({
      NEO4J_PAGECACHE_MB: '512',
      NEO4J_BOLT_PORT: '7999',
      NEO4J_DATA_DIR: path.resolve('here'),
      PATH: '/bin',
    });
    expect(launcherEnv(embeddedOptions(parseConfig({})), {}).NEO4J_PAGECACHE_MB).toBe('256');
    // The password reaches the JVM in its environment (never its command line), never the parent's.
    expect(launcherEnv(embeddedOptions(config), { NEO4J_AUTH_PASSWORD: 'parent' }, 'p'.repeat(64))).toMatchObject({
      NEO4J_AUTH_PASSWORD: 'p'.repeat(64),
    });
    expect(launcherEnv(embeddedOptions(config), { NEO4J_AUTH_PASSWORD: 'parent' })).not.toHaveProperty(
      'NEO4J_AUTH_PASSWORD',
    );
  });

  it('the JVM gets NEO4J_HEAP_MB as its initial and maximum heap', () => {
    expect(heapArgs(embeddedOptions(parseConfig({ NEO4J_HEAP_MB: '3000' })))).toEqual(['-Xmx3000m', '-Xms3000m']);
    expect(heapArgs(embeddedOptions(parseConfig({})))).toEqual(['-Xmx2048m', '-Xms2048m']);
  });
});

describe('the HTTP application takes its defaults from the configuration', () => {
  // A real driver that is never asked anything: these requests do not reach the database.
  const db = new Database({ uri: 'bolt://127.0.0.1:1' });
  afterAll(() => db.close());

  async function serve(config?: Partial<AppConfig>) {
    const { app, apollo } = await createApp({ db, logger: createLogger('silent'), authSecret: SECRET, config });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const addr = server.address();
    const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/graphql`;
    const ask = (query: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const stop = async () => {
      await new Promise((r) => server.close(r));
      await apollo.stop();
    };
    return { ask, stop };
  }

  it(`limits each client to RATE_LIMIT_PER_MINUTE's default (${CONFIG_DEFAULTS.rateLimitPerMinute})`, async () => {
    const { ask, stop } = await serve();
    try {
      // A 60-second window from the first request: the default, then 429 (plus the requests of a
      // new window, should this run span one).
      const started = Date.now();
      const statuses: number[] = [];
      while (statuses.length < 3 * CONFIG_DEFAULTS.rateLimitPerMinute && !statuses.includes(429)) {
        const batch = await Promise.all(Array.from({ length: 50 }, () => ask('{ __typename }')));
        statuses.push(...batch.map((r) => r.status));
      }
      const refilled = Math.ceil(((Date.now() - started) / 60_000) * CONFIG_DEFAULTS.rateLimitPerMinute);
      const first429 = statuses.indexOf(429);
      expect(statuses.slice(0, CONFIG_DEFAULTS.rateLimitPerMinute).every((s) => s === 200)).toBe(true);
      expect(first429).toBeGreaterThanOrEqual(CONFIG_DEFAULTS.rateLimitPerMinute);
      expect(first429).toBeLessThanOrEqual(CONFIG_DEFAULTS.rateLimitPerMinute + refilled + 1);
    } finally {
      await stop();
    }
  });

  it('turns introspection off in production unless ALLOW_INTROSPECTION=true', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    for (const [env, allowed] of [
      [{ NODE_ENV: 'production', AUTH_SECRET: SECRET }, false],
      [{ NODE_ENV: 'production', AUTH_SECRET: SECRET, ALLOW_INTROSPECTION: 'true' }, true],
      [{}, true],
    ] as const) {
      const { ask, stop } = await serve(parseConfig(env));
      try {
        const body = (await (await ask(introspect)).json()) as { data?: unknown; errors?: unknown[] };
        expect(body.errors === undefined, JSON.stringify(env)).toBe(allowed);
      } finally {
        await stop();
      }
    }
  });
});
