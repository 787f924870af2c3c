/**
 * The `@neo4j/graphql` 7 baseline of `npm run bench`: the library's generated schema over
 * bench/neo4j-graphql/typedefs.ts, served at POST /graphql by Apollo Server 5 on express 5 (the
 * same HTTP stack as ours), production-like: no introspection, no landing page, read-only.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… PORT=0 node --import tsx bench/neo4j-graphql/server.ts
 *
 * NEO4J_USER (default neo4j) and NEO4J_PASSWORD are the database's credentials.
 *
 * Prints `LISTENING http://127.0.0.1:<port>` once it serves; SIGTERM (or SIGINT) closes the driver and exits.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { typeDefs } from './typedefs.js';

const uri = process.env.NEO4J_URI;
if (!uri) {
  process.stderr.write('neo4j-graphql baseline: set NEO4J_URI (bolt://127.0.0.1:PORT)\n');
  process.exit(2);
}
const port = Number(process.env.PORT ?? '0');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('neo4j-graphql baseline: PORT must be 0 to 65535\n');
  process.exit(2);
}

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({
  typeDefs,
  driver,
  // `neighbours` and `Statement.evidence` use the fixed type expressions TARGETS|REGULATES|... and
  // SUPPORTS|REFUTES from typedefs.ts; no relationship type comes from a request.
  features: { unsafeEscapeOptions: { disableRelationshipTypeEscaping: true } },
}).getSchema();

const apollo = new ApolloServer({
  schema,
  introspection: false,
  includeStacktraceInErrorResponses: false,
  plugins: [ApolloServerPluginLandingPageDisabled()],
});
await apollo.start();

const app = express();
// The bench's start-up probe (it listens only once the schema is built).
app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
app.use('/graphql', express.json({ limit: 1_000_000 }), expressMiddleware(apollo, { context: async () => ({}) }));

const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Not apollo.stop(): without a drain plugin it never settles here, and there is nothing to flush.
  void driver
    .close()
    .catch(() => undefined)
    .finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
