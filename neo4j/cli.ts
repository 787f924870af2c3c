/** `npm run db:start`: runs the local Neo4j alone in the foreground until Ctrl-C. */
import { startEmbeddedNeo4j } from './embedded.js';

const port = Number(process.env.NEO4J_BOLT_PORT || 7687);
const dataDir = process.env.NEO4J_DATA_DIR || '.neo4j-data';
const neo4j = await startEmbeddedNeo4j({ port, dataDir, log: (line) => console.log(line) });
console.log(`Neo4j is up at ${neo4j.uri} (data in ${dataDir}); Ctrl-C stops it.`);
const stop = () => void neo4j.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.exitCode = (await neo4j.exited) ?? 1;
