import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AGENT_TYPE,
  APPROVAL_STATUS,
  COMBINATION_TYPE,
  DIRECTION,
  EVIDENCE_LEVEL,
  EVIDENCE_STATUS,
  INTERACTION_TYPE,
  MECHANISM,
  MODEL_SYSTEM,
  NODE_KIND,
  PREDICATE,
  SIGNIFICANCE,
  signProblem,
  type Vocabulary,
} from '../../domain/vocabulary.js';
import { readSeedFiles } from '../../seed/files.js';
import { seedRows } from '../../seed/load.js';
import { generateScale } from '../../seed/scale/generate.js';
import { SCALES, type ScaleShape } from '../../seed/scale/shapes.js';

describe('sign rules', () => {
  it('derive TARGETS signs from the action', () => {
    expect(signProblem('TARGETS', -1, 'INHIBITOR')).toBeNull();
    expect(signProblem('TARGETS', 1, 'INHIBITOR')).toMatch(/implies sign -1/);
    expect(signProblem('TARGETS', 1, 'AGONIST')).toBeNull();
    expect(signProblem('TARGETS', -1, undefined)).toMatch(/interactionType/);
    expect(signProblem('TARGETS', -1, 'inhibitor')).toMatch(/unknown interactionType/);
  });

  it('allow sign 0 (direction unknown) only for TARGETS whose action implies no other sign', () => {
    expect(signProblem('TARGETS', 0, 'UNKNOWN')).toBeNull();
    expect(signProblem('TARGETS', -1, 'UNKNOWN')).toMatch(/implies sign 0/);
    expect(signProblem('TARGETS', 0, 'BINDER')).toBeNull();
    expect(signProblem('TARGETS', 0, 'INHIBITOR')).toMatch(/implies sign -1/);
    expect(signProblem('TARGETS', 2, 'BINDER')).toMatch(/1 or -1/);
  });

  it('fix the sign of membership and resistance predicates', () => {
    expect(signProblem('MEMBER_OF', -1)).toMatch(/always has sign 1/);
    expect(signProblem('CONFERS_RESISTANCE_TO', 1)).toBeNull();
    expect(signProblem('REGULATES', -1)).toBeNull();
    expect(signProblem('REGULATES', 0)).toMatch(/1 or -1/);
    expect(signProblem('REGULATES', 1, 'INHIBITOR')).toMatch(/only to TARGETS/);
  });
});

describe('the GraphQL enums', () => {
  const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
  const published: Vocabulary[] = [
    NODE_KIND,
    PREDICATE,
    INTERACTION_TYPE,
    MECHANISM,
    COMBINATION_TYPE,
    EVIDENCE_LEVEL,
    MODEL_SYSTEM,
    DIRECTION,
    EVIDENCE_STATUS,
    SIGNIFICANCE,
  ];

  it.each(published.map((v) => [v.name, v] as const))('%s has the vocabulary’s values, each described', (_, v) => {
    const type = schema.getType(v.name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(values.map((x) => x.name)).toEqual(v.values);
    for (const x of values) expect(x.description).toBe(v.terms[x.name]?.description);
  });
});

/** Where each enum-valued property's values come from, by property name. */
const PROPERTY: Record<string, Vocabulary> = {
  kind: NODE_KIND,
  predicate: PREDICATE,
  mechanism: MECHANISM,
  level: EVIDENCE_LEVEL,
  modelSystem: MODEL_SYSTEM,
  direction: DIRECTION,
  status: EVIDENCE_STATUS,
  significance: SIGNIFICANCE,
  agentType: AGENT_TYPE,
  approvalStatus: APPROVAL_STATUS,
};

interface Written {
  entities: { kind: string; props: Record<string, unknown> }[];
  statements: { predicate: string; props: Record<string, unknown>; edgeProps: Record<string, unknown> }[];
  evidence: { direction: string; props: Record<string, unknown> }[];
}

/** Every enum-valued property written that is not in its vocabulary, as "where: property value". */
function strays(w: Written): string[] {
  const out: string[] = [];
  const check = (where: string, record: Record<string, unknown>, extra: Record<string, Vocabulary> = {}) => {
    for (const [key, v] of Object.entries({ ...PROPERTY, ...extra })) {
      const value = record[key];
      if (value != null && !v.has(value)) out.push(`${where}: ${key} ${JSON.stringify(value)}`);
    }
  };
  // interactionType is an agent's action on a statement, a combination's type on a Combination.
  for (const e of w.entities)
    check(
      `entity ${e.props.name}`,
      { kind: e.kind, ...e.props },
      e.kind === 'COMBINATION' ? { interactionType: COMBINATION_TYPE } : {},
    );
  for (const s of w.statements) {
    const targets = { interactionType: INTERACTION_TYPE };
    check(`statement ${s.predicate}`, { predicate: s.predicate, ...s.props }, targets);
    check(`edge ${s.predicate}`, s.edgeProps, targets);
  }
  for (const e of w.evidence) check('evidence', { direction: e.direction, ...e.props });
  return out;
}

describe('every value written is in the vocabulary', () => {
  it('from the scale generator', () => {
    const tiny: ScaleShape = {
      ...SCALES.small,
      genes: 200,
      mirnas: 10,
      drugs: 30,
      drugClasses: 4,
      pathways: 10,
      processes: 40,
      diseases: 10,
      cellLines: 3,
      publications: 20,
      combinations: 5,
    };
    const w: Written = { entities: [], statements: [], evidence: [] };
    for (const r of generateScale(tiny)) {
      if (r.type === 'entity') w.entities.push(r.row);
      if (r.type === 'statement') {
        w.statements.push(r.row);
        w.evidence.push(...r.evidence);
      }
    }
    // The generator draws every family of value (so this test sees them).
    const kinds = new Set(w.entities.map((e) => e.kind));
    expect(kinds.size).toBeGreaterThan(8);
    expect(w.statements.some((s) => s.props.mechanism != null)).toBe(true);
    expect(w.statements.some((s) => s.props.interactionType != null)).toBe(true);
    expect(strays(w)).toEqual([]);
  });

  it('from the curated seed, read through its parser', () => {
    const rows = seedRows(readSeedFiles());
    expect(rows.evidence.some((e) => e.props.significance != null)).toBe(true);
    expect(rows.entities.some((e) => e.kind === 'COMBINATION')).toBe(true);
    expect(strays(rows)).toEqual([]);
  });

  it('and a stray value is caught', () => {
    const w: Written = {
      entities: [{ kind: 'COMBINATION', props: { name: 'x', interactionType: 'INHIBITOR' } }],
      statements: [
        { predicate: 'REGULATES', props: { mechanism: 'expression' }, edgeProps: { mechanism: 'expression' } },
      ],
      evidence: [{ direction: 'SUPPORTS', props: { level: 'F', significance: 'RESISTANCE' } }],
    };
    expect(strays(w)).toEqual([
      'entity x: interactionType "INHIBITOR"',
      'statement REGULATES: mechanism "expression"',
      'edge REGULATES: mechanism "expression"',
      'evidence: level "F"',
    ]);
  });
});
