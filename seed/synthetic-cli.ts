/**
 * `npm run seed:synthetic -- [--seed N] [--genes N] [--drugs N]`: loads a deterministic synthetic
 * graph (seed/synthetic.ts; SMALL shape by default) into NEO4J_URI, or into the embedded database.
 */
import { parseArgs } from 'node:util';
import { withDatabase } from './connect.js';
import { generateSynthetic, SMALL } from './synthetic.js';
import { loadSynthetic } from './synthetic-load.js';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, genes: { type: 'string' }, drugs: { type: 'string' } },
});
const whole = (name: string, v: string | undefined, fallback: number) => {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of 1 or more, got ${v}`);
    process.exit(2);
  }
  return n;
};
const options = {
  ...SMALL,
  seed: whole('seed', values.seed, 1),
  genes: whole('genes', values.genes, SMALL.genes),
  drugs: whole('drugs', values.drugs, SMALL.drugs),
};
await withDatabase(async (db) => {
  const graph = generateSynthetic(options);
  console.log(
    `synthetic graph ${graph.prefix}: ${graph.entities.length} entities, ${graph.statements.length} statements, ${graph.evidence.length} evidence`,
  );
  const t0 = Date.now();
  await loadSynthetic(db, graph, (m) => console.log(m));
  console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
