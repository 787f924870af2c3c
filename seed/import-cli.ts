/**
 * `npm run import -- dgidb|mirtarbase|gmt FILE [--source NAME]`: imports a public file into
 * NEO4J_URI (or the embedded database). A file with problems is refused whole, with line numbers.
 */
import { parseArgs } from 'node:util';
import { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { startEmbeddedNeo4j } from '../neo4j/embedded.js';
import { loadConfig } from '../server/config.js';
import { importDgidb } from './importers/dgidb.js';
import { importGmt } from './importers/gmt.js';
import { ImportError } from './importers/lines.js';
import { importMirtarbase } from './importers/mirtarbase.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string', default: 'GMT file' } },
});
const [format, file] = positionals;
if (!['dgidb', 'mirtarbase', 'gmt'].includes(format ?? '') || !file) {
  console.error('usage: npm run import -- dgidb|mirtarbase|gmt FILE [--source NAME]');
  process.exit(2);
}
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
const log = (m: string) => console.error(m);
try {
  await migrate(db);
  const result =
    format === 'dgidb'
      ? await importDgidb(db, file, log)
      : format === 'mirtarbase'
        ? await importMirtarbase(db, file, log)
        : await importGmt(db, file, values.source!, log);
  console.log(JSON.stringify(result));
} catch (err) {
  console.error(err instanceof ImportError ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.close();
  await embedded?.stop();
}
