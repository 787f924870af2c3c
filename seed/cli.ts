/**
 * `npm run seed`: applies migrations and loads the curated seed. Uses NEO4J_URI when set, else
 * starts the embedded Neo4j on NEO4J_DATA_DIR for the duration.
 */
import { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { startEmbeddedNeo4j } from '../neo4j/embedded.js';
import { loadConfig } from '../server/config.js';
import { loadSeed } from './load.js';

const config = loadConfig();
const embedded = config.neo4jUri
  ? undefined
  : await startEmbeddedNeo4j({ port: config.neo4jBoltPort, dataDir: config.neo4jDataDir });
const db = new Database({
  uri: config.neo4jUri ?? embedded!.uri,
  user: config.neo4jUser,
  password: config.neo4jPassword,
  database: config.neo4jDatabase,
});
try {
  await migrate(db);
  const summary = await loadSeed(db, (m) => console.log(m));
  console.log(JSON.stringify(summary));
} finally {
  await db.close();
  await embedded?.stop();
}
