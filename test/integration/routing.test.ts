/** A neo4j:// routing URI (as for a cluster) works against the single local server. */
import { expect, inject, it } from 'vitest';
import { testDatabase } from '../support/db.js';

it('reads and writes through a neo4j:// routing URI', async () => {
  const db = testDatabase(inject('neo4jUri').replace('bolt://', 'neo4j://'));
  try {
    const [row] = await db.read('MATCH (g:Gene {id: $id}) RETURN g.symbol AS symbol', { id: 'HGNC:1527' });
    expect(row).toEqual({ symbol: 'CAV1' });
    const [w] = await db.write('RETURN 1 AS one');
    expect(w).toEqual({ one: 1 });
  } finally {
    await db.close();
  }
});
