/**
 * `npm run release -- NAME [--dir releases]`: writes release NAME of the graph in NEO4J_URI (or the
 * embedded database) to DIR/NAME (seed/release.ts). Load it elsewhere with
 * `npm run import -- release DIR/NAME` into an empty database.
 */
import { parseArgs } from 'node:util';
import { configOrExit, withDatabase } from '../neo4j/open.js';
import { buildRelease, ReleaseError } from './release.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'releases' } },
});
const [name] = positionals;
if (!name || positionals.length > 1) {
  console.error('usage: npm run release -- NAME [--dir DIR]   (writes DIR/NAME; DIR defaults to releases/)');
  process.exit(2);
}
configOrExit('release');
try {
  await withDatabase(async (db) => {
    const release = await buildRelease(db, name, values.dir!, (m) => console.error(m));
    const { files: _files, sources: _sources, ...short } = release;
    console.log(JSON.stringify(short));
  });
} catch (err) {
  if (err instanceof ReleaseError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
}
