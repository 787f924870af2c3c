/**
 * For command-line tools: a Database on NEO4J_URI, or on the embedded Neo4j (started on
 * NEO4J_DATA_DIR for the duration) when NEO4J_URI is unset; migrations applied; closed afterwards.
 */
import { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { startEmbeddedNeo4j } from '../neo4j/embedded.js';
import { loadConfig, type Config } from '../server/config.js';

export async function withDatabase<T>(
  work: (db: Database) => Promise<T>,
  overrides: Partial<Pick<Config, 'neo4jUri' | 'neo4jDataDir' | 'neo4jBoltPort'>> = {},
): Promise<T> {
  const config = { ...loadConfig(), ...overrides };
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
    return await work(db);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}
