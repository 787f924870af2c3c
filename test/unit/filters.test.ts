import { describe, expect, it } from 'vitest';
import { toStatementFilter } from '../../domain/filters.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as any).extensions?.code, (e as any).extensions?.field];
  }
  return null;
};

describe('statement-list filters', () => {
  it('is null when nothing is filtered (approvedOnly false filters nothing)', () => {
    expect(toStatementFilter({})).toBeNull();
    expect(toStatementFilter({ approvedOnly: false, minBelief: null })).toBeNull();
  });

  it('normalises lists and turns minLevel into the levels at least as good', () => {
    expect(
      toStatementFilter({ interactionTypes: ['INHIBITOR', 'AGONIST', 'INHIBITOR'], minLevel: 'C', minBelief: 0 }),
    ).toEqual({
      interactionTypes: ['AGONIST', 'INHIBITOR'],
      minBelief: 0,
      levels: ['A', 'B', 'C'],
      modelSystems: null,
      approvedOnly: false,
    });
    expect(toStatementFilter({ minLevel: 'A' })!.levels).toEqual(['A']);
    expect(toStatementFilter({ modelSystems: ['CELL_LINE'], approvedOnly: true })).toMatchObject({
      modelSystems: ['CELL_LINE'],
      approvedOnly: true,
    });
  });

  it('refuses bad values with BAD_USER_INPUT naming the argument', () => {
    expect(code(() => toStatementFilter({ minBelief: 1.01 }))).toEqual(['BAD_USER_INPUT', 'minBelief']);
    expect(code(() => toStatementFilter({ minBelief: Number.NaN }))).toEqual(['BAD_USER_INPUT', 'minBelief']);
    expect(code(() => toStatementFilter({ interactionTypes: [] }))).toEqual(['BAD_USER_INPUT', 'interactionTypes']);
    expect(code(() => toStatementFilter({ interactionTypes: ['EATS'] }))).toEqual([
      'BAD_USER_INPUT',
      'interactionTypes',
    ]);
    expect(code(() => toStatementFilter({ modelSystems: [] }))).toEqual(['BAD_USER_INPUT', 'modelSystems']);
    expect(code(() => toStatementFilter({ minLevel: 'F' }))).toEqual(['BAD_USER_INPUT', 'minLevel']);
  });
});
