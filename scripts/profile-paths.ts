/**
 * PROFILEs every query one resistancePaths search runs, for the drug with the most resistance
 * statements (the worst case), and prints the round trips, db hits and plans:
 * `NEO4J_URI=bolt://... tsx scripts/profile-paths.ts [id prefix] [maxHops] [first]`.
 */
import { Database } from '../db/database.js';
import { bestResistancePaths } from '../db/path.repo.js';

const prefix = process.argv[2] ?? 'RESISTKG:primekg-';
const maxHops = Number(process.argv[3] ?? 4);
const first = Number(process.argv[4] ?? 10);
const db = new Database({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687' });
try {
  const [worst] = await db.read(
    `MATCH (d:Drug) WHERE d.id STARTS WITH $prefix
     RETURN d.id AS id, COUNT { (d)<-[:CONFERS_RESISTANCE_TO]-() } AS n ORDER BY n DESC LIMIT 1`,
    { prefix },
  );
  if (!worst) throw new Error(`no drug with ids starting ${prefix}`);
  let dbHits = 0;
  const plans: string[] = [];
  const t0 = Date.now();
  const paths = await bestResistancePaths(
    async (cypher, params) => {
      const p = await db.profile(cypher, params);
      dbHits += p.dbHits;
      plans.push(`-- ${p.rows} rows, ${p.dbHits} db hits\n${p.lines.join('\n')}`);
      return db.read(cypher, params);
    },
    { drug: worst.id as string, disease: null, maxHops, minBelief: 0, first },
  );
  console.log(
    `resistancePaths drug=${worst.id} (${worst.n} resistance statements) maxHops=${maxHops} first=${first}: ` +
      `${paths.length} paths, ${plans.length} round trips, ${dbHits} db hits, ${Date.now() - t0} ms (profiled)`,
  );
  console.log(plans.join('\n\n'));
} finally {
  await db.close();
}
