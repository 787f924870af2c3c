/** Finishing touches after a bulk load. */
import type { Database } from './database.js';

/** The offline importer cannot write an empty list (an empty CSV field is "no property"). */
const FILL_EMPTY_LISTS = `
MATCH (n:Entity) WHERE n.aliases IS NULL
SET n.aliases = []
RETURN count(n) AS n`;

export async function fillEmptyLists(db: Database): Promise<number> {
  const [row] = await db.write(FILL_EMPTY_LISTS, {}, { timeoutMs: 600_000, metadata: { operation: 'bulk' } });
  return Number(row?.n ?? 0);
}
