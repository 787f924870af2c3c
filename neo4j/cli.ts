/**
 * `npm run db:start`: runs the local Neo4j alone in the foreground until Ctrl-C, with the same
 * settings `npm start` would use (NEO4J_DATA_DIR, NEO4J_BOLT_PORT, NEO4J_PAGECACHE_MB,
 * NEO4J_PASSWORD_FILE). Clients log in as neo4j with the password kept in the password file.
 */
import { configOrExit, embeddedOptions } from './open.js';
import { passwordFileOf, startEmbeddedNeo4j } from './embedded.js';

const config = configOrExit('db:start');
const options = embeddedOptions(config, (line) => console.log(line));
const neo4j = await startEmbeddedNeo4j(options);
console.log(
  `Neo4j is up at ${neo4j.uri} (data in ${config.neo4jDataDir}; user ${neo4j.user}, password in ${passwordFileOf(options)}); Ctrl-C stops it.`,
);
const stop = () => void neo4j.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.exitCode = (await neo4j.exited) ?? 1;
