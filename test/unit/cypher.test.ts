/**
 * Every Cypher text the read layer builds, as the database receives it: one file per query in
 * test/unit/__snapshots__/cypher/, so a reviewer reads the final query in one place. A change to
 * a builder shows up here as a diff of the query (update with `vitest run --project unit -u`).
 */
import { describe, expect, it } from 'vitest';
import * as alteration from '../../db/alteration.queries.js';
import * as cohort from '../../db/cohort.queries.js';
import { edgePageQuery, namedEdgePageQuery } from '../../db/edge.queries.js';
import { neighborhoodHopQuery } from '../../db/neighborhood.queries.js';
import { IN_EDGES, RESISTANCE_SEEDS, pathsBetweenQuery } from '../../db/path.queries.js';
import * as statement from '../../db/statement.queries.js';
import { MAX_HOPS } from '../../domain/validation.js';
import { PREDICATE_NAMES } from '../../domain/vocabulary.js';
import { EDGE_PAGES } from '../../loaders/index.js';

const file = (name: string) => `./__snapshots__/cypher/${name}.cypher`;

describe('edge pages (Gene.targetedBy is targetsIn)', () => {
  for (const [loader, [predicate, direction]] of Object.entries(EDGE_PAGES)) {
    it(`${loader}: ${predicate} ${direction}`, async () => {
      await expect(edgePageQuery(predicate, direction, false, false)).toMatchFileSnapshot(file(`edge-page.${loader}`));
      await expect(edgePageQuery(predicate, direction, true, false)).toMatchFileSnapshot(
        file(`edge-page.${loader}.with-evidence`),
      );
      await expect(edgePageQuery(predicate, direction, false, true)).toMatchFileSnapshot(
        file(`edge-page.${loader}.backward`),
      );
      await expect(edgePageQuery(predicate, direction, false, false, true)).toMatchFileSnapshot(
        file(`edge-page.${loader}.filtered`),
      );
    });
  }

  it('a lookup by name with its page (gene(symbol:) { targetedBy { … } })', async () => {
    await expect(namedEdgePageQuery('TARGETS', 'IN', true, false)).toMatchFileSnapshot(
      file('edge-page.targetsIn.named.with-evidence'),
    );
    expect(namedEdgePageQuery('TARGETS', 'IN', true, false)).toBe(namedEdgePageQuery('TARGETS', 'IN', true, false));
  });

  it('builds each text once and refuses predicates outside the whitelist', () => {
    expect(edgePageQuery('TARGETS', 'IN', true, false)).toBe(edgePageQuery('TARGETS', 'IN', true, false));
    expect(() => edgePageQuery('TARGETS]-() DETACH DELETE n //', 'IN', false, false)).toThrow(/unknown predicate/);
  });
});

describe('neighbourhood hops', () => {
  it('every predicate (the default)', async () => {
    await expect(neighborhoodHopQuery(PREDICATE_NAMES)).toMatchFileSnapshot(file('neighborhood-hop.all'));
  });

  it('a chosen set, in any order and with repeats, is one text', async () => {
    const text = neighborhoodHopQuery(['TARGETS', 'REGULATES']);
    expect(neighborhoodHopQuery(['REGULATES', 'TARGETS', 'TARGETS'])).toBe(text);
    await expect(text).toMatchFileSnapshot(file('neighborhood-hop.regulates-targets'));
    expect(() => neighborhoodHopQuery(['TARGETS', 'KNOWS'])).toThrow(/unknown predicate/);
  });
});

describe('statements and evidence', () => {
  for (const name of [
    'STATEMENTS_BY_ID',
    'EVIDENCE_BY_ID',
    'EVIDENCE_OF_STATEMENTS',
    'STATEMENTS_OF_ENTITIES',
    'STATEMENTS_OF_PUBLICATIONS',
  ] as const) {
    it(name, async () => {
      await expect(statement[name]).toMatchFileSnapshot(file(`statement.${name}`));
    });
  }
});

describe('alterations', () => {
  for (const [name, text] of Object.entries(alteration)) {
    it(name, async () => {
      await expect(text).toMatchFileSnapshot(file(`alteration.${name}`));
    });
  }
});

describe('cohorts', () => {
  for (const [name, text] of Object.entries(cohort)) {
    it(name, async () => {
      await expect(text).toMatchFileSnapshot(file(`cohort.${name}`));
    });
  }
});

describe('paths (Query.resistancePaths runs the seeds, then in-edges per expanded batch)', () => {
  it('resistance seeds and in-edges', async () => {
    await expect(RESISTANCE_SEEDS).toMatchFileSnapshot(file('path.RESISTANCE_SEEDS'));
    await expect(IN_EDGES).toMatchFileSnapshot(file('path.IN_EDGES'));
  });

  it('paths between two entities, one text per hop bound', async () => {
    for (let hops = 1; hops <= MAX_HOPS; hops++)
      await expect(pathsBetweenQuery(hops)).toMatchFileSnapshot(file(`path.between.${hops}-hops`));
    expect(() => pathsBetweenQuery(MAX_HOPS + 1)).toThrow(/not validated/);
    expect(() => pathsBetweenQuery(0)).toThrow(/not validated/);
  });
});
