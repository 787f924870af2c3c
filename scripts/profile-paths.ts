/**
 * PROFILEs every query one resistancePaths search runs, for the drug with the most resistance
 * statements (the worst case), and prints the round trips, db hits and plans:
 * `NEO4J_URI=bolt://... npm run profile:paths -- [id prefix] [maxHops] [first]`.
 */
import { Database, type Params } from '../db/database.js';
import { configOrExit } from '../neo4j/open.js';
import { EMBEDDED_USER, embeddedPassword } from '../neo4j/embedded.js';
import { bestResistancePaths } from '../db/path.repo.js';

interface PlanOperator {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments?: Record<string, unknown>;
  children: PlanOperator[];
}

/** Runs a query under PROFILE and returns its plan as text lines (operator, rows, db hits). */
async function profile(db: Database, cypher: string, params: Params) {
  const session = db.toolSession();
  try {
    const result = await session.run('PROFILE ' + cypher, params);
    const lines: string[] = [];
    let dbHits = 0;
    const walk = (op: PlanOperator, depth: number) => {
      dbHits += Number(op.dbHits);
      const details = String(op.arguments?.Details ?? '').slice(0, 110);
      lines.push(`${'  '.repeat(depth)}${op.operatorType} rows=${op.rows} dbHits=${op.dbHits} ${details}`);
      for (const c of op.children) walk(c, depth + 1);
    };
    walk(result.summary.profile as unknown as PlanOperator, 0);
    return { lines, dbHits, rows: result.records.length };
  } finally {
    await session.close();
  }
}

const prefix = process.argv[2] ?? 'RESISTKG:primekg-';
const maxHops = Number(process.argv[3] ?? 4);
const first = Number(process.argv[4] ?? 10);
const config = configOrExit('profile-paths');
// NEO4J_URI, else the local Neo4j that `npm run db:start` runs (its password is in its password file).
const db = new Database({
  uri: config.neo4jUri ?? `bolt://127.0.0.1:${config.neo4jBoltPort}`,
  user: config.neo4jUri ? config.neo4jUser : EMBEDDED_USER,
  password: config.neo4jUri
    ? config.neo4jPassword
    : embeddedPassword({ dataDir: config.neo4jDataDir, passwordFile: config.neo4jPasswordFile }),
  database: config.neo4jDatabase,
});
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
      const p = await profile(db, cypher, params);
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
