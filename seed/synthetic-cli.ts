/**
 * `npm run seed:synthetic -- --scale small|medium|primekg [--method auto|offline|cypher] [--batch N]`:
 * loads a deterministic synthetic graph and cohort (seed/scale/) into NEO4J_URI, or into the local
 * database on NEO4J_DATA_DIR. `auto` (the default) uses Neo4j's offline importer when the local data
 * directory is empty and batched transactions otherwise.
 */
import { parseArgs } from 'node:util';
import { configOrExit } from '../neo4j/open.js';
import { loadScale, type LoadMethod } from './scale/load.js';
import { isScaleName, SCALE_NAMES, SCALES } from './scale/shapes.js';

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    method: { type: 'string', default: 'auto' },
    batch: { type: 'string' },
  },
});
if (!isScaleName(values.scale)) fail(`--scale must be one of ${SCALE_NAMES.join(', ')}, got ${values.scale}`);
if (!['auto', 'offline', 'cypher'].includes(values.method)) fail(`--method must be auto, offline or cypher`);
const batch = values.batch === undefined ? undefined : Number(values.batch);
if (batch !== undefined && (!Number.isInteger(batch) || batch < 100 || batch > 100_000))
  fail(`--batch must be a whole number from 100 to 100000, got ${values.batch}`);

const config = configOrExit('seed:synthetic');
try {
  await loadScale(SCALES[values.scale as keyof typeof SCALES], {
    method: values.method as LoadMethod,
    dataDir: config.neo4jDataDir,
    remote: config.neo4jUri !== undefined,
    batch,
  });
} catch (e) {
  fail(`seed:synthetic failed: ${(e as Error).message}`);
}
