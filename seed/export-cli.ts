/**
 * `npm run export -- kgx DIR [--all-evidence]`: writes the graph in NEO4J_URI (or the embedded
 * database) as KGX JSON Lines (docs/import-export.md). Only accepted evidence unless --all-evidence.
 */
import { parseArgs } from 'node:util';
import { configOrExit, withDatabase } from '../neo4j/open.js';
import { exportKgx } from './exporters/kgx.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'all-evidence': { type: 'boolean', default: false } },
});
const [format, dir] = positionals;
if (format !== 'kgx' || !dir) {
  console.error('usage: npm run export -- kgx DIR [--all-evidence]');
  process.exit(2);
}
configOrExit('export');
try {
  await withDatabase(async (db) => {
    const summary = await exportKgx(db, dir, { allEvidence: values['all-evidence'] }, (m) => console.error(m));
    console.log(JSON.stringify(summary));
  });
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
