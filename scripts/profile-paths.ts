/**
 * PROFILEs the resistance-path query on a synthetic graph (npm run seed:synthetic first) and prints
 * the plan: `NEO4J_URI=bolt://... tsx scripts/profile-paths.ts [seed] [maxHops]`.
 */
import { Database } from '../db/database.js';
import { resistanceQueryText } from '../db/path.repo.js';
import { int } from '../db/values.js';

const seed = process.argv[2] ?? '7';
const maxHops = Number(process.argv[3] ?? 4);
const db = new Database({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687' });
try {
  // The synthetic drug with the most resistance statements: the worst case for the traversal.
  const [worst] = await db.read(
    `MATCH (d:Drug) WHERE d.id STARTS WITH $prefix
     RETURN d.id AS id, COUNT { (d)<-[:CONFERS_RESISTANCE_TO]-() } AS n ORDER BY n DESC LIMIT 1`,
    { prefix: `RESISTKG:syn${seed}-` },
  );
  const params = { drug: worst!.id, disease: null, maxHops, minBelief: 0, cap: int(5000) };
  const t0 = Date.now();
  const p = await db.profile(resistanceQueryText(maxHops), params);
  console.log(
    `resistancePaths drug=${worst!.id} (${worst!.n} resistance statements) maxHops=${maxHops}: ${p.rows} rows, ${p.dbHits} db hits, ${Date.now() - t0} ms`,
  );
  console.log(p.lines.join('\n'));
} finally {
  await db.close();
}
