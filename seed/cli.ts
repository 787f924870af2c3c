/**
 * `npm run seed`: applies migrations and loads the curated seed. Uses NEO4J_URI when set, else
 * starts the embedded Neo4j on NEO4J_DATA_DIR for the duration.
 */
import { configOrExit, withDatabase } from '../neo4j/open.js';
import { loadSeed } from './load.js';

configOrExit('seed');
await withDatabase(async (db) => {
  const summary = await loadSeed(db, (m) => console.log(m));
  console.log(JSON.stringify(summary));
});
