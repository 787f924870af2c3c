/**
 * The ceiling for `npm run bench`: a minimal node:http server that answers each scenario of
 * bench/scenarios.ts with the same JSON as our service's `data`, by running hand-written Cypher
 * (bench/ceiling/queries.ts) through one neo4j-driver driver, each query as its own auto-commit
 * transaction (`session.run`: one round trip, no BEGIN or COMMIT), the queries of one request
 * that do not depend on each other at the same time. No GraphQL, no DataLoader, no Apollo, no Express.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 PORT=0 node --import tsx bench/ceiling/server.ts
 *   (the benchmark runs it compiled: dist/bench/ceiling.js, see bench/servers.ts)
 *
 * POST /scenario/<name> with a ScenarioInput JSON body → 200 and the data JSON; unknown route 404,
 * bad body 400, query failure 500 `{"error": ...}`. Prints one line `LISTENING http://127.0.0.1:<port>`
 * on stdout once it serves; SIGTERM (or SIGINT) closes the server and the driver and exits.
 * Optional: NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, QUERY_TIMEOUT_MS (as the service's).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { configOrExit } from '../../neo4j/open.js';
import type { Reader } from '../../db/path.repo.js';
import type { ScenarioInput, ScenarioName } from '../scenarios.js';
import { BadInput, HANDLERS } from './handlers.js';
import type { Row } from './common.js';

const MAX_BODY_BYTES = 1_000_000;

// The service's own settings, validated the same way (domain/config.ts).
const config = configOrExit('ceiling');
const uri = config.neo4jUri;
if (!uri) {
  process.stderr.write('ceiling: NEO4J_URI is required (bolt://host:port)\n');
  process.exit(2);
}
const port = config.port;
const database = config.neo4jDatabase;
const timeout = config.queryTimeoutMs;

const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50, // as db/database.ts
  maxTransactionRetryTime: 2000,
  userAgent: 'resistkg-ceiling',
});

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseInput(body: string | null): ScenarioInput | null {
  if (body === null) return null;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ScenarioInput) : null;
  } catch {
    return null;
  }
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const match = /^\/scenario\/([A-Za-z]+)$/.exec((req.url ?? '').split('?')[0]!);
  const name = match?.[1];
  if (req.method !== 'POST' || !name || !Object.hasOwn(HANDLERS, name)) {
    req.resume();
    return send(res, 404, { error: 'not found' });
  }
  const input = parseInput(await readBody(req));
  if (!input) return send(res, 400, { error: 'the body must be a ScenarioInput JSON object' });
  const handler = HANDLERS[name as ScenarioName];
  try {
    send(res, 200, await handler(read, input));
  } catch (err) {
    if (err instanceof BadInput) send(res, 400, { error: err.message });
    else if (err instanceof Neo4jError) send(res, 500, { error: `${err.code}: ${err.message}` });
    else send(res, 500, { error: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * One query as an auto-commit read transaction in its own session (so a request's queries can
 * overlap). A transient failure is retried once, as ours does (db/database.ts read).
 */
const read: Reader = async (cypher, params) => {
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(cypher, params, { timeout });
      return result.records.map((r) => r.toObject() as Row);
    } catch (err) {
      if (attempt > 0 || !(err instanceof Neo4jError && err.retryable)) throw err;
    } finally {
      await session.close();
    }
  }
};

const server = http.createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    if (!res.headersSent) send(res, 500, { error: err instanceof Error ? err.message : String(err) });
    else res.destroy();
  });
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
  await driver.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

try {
  await driver.verifyConnectivity({ database });
} catch (err) {
  process.stderr.write(`ceiling: cannot reach Neo4j at ${uri}: ${err instanceof Error ? err.message : String(err)}\n`);
  await driver.close().catch(() => undefined);
  process.exit(1);
}
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
