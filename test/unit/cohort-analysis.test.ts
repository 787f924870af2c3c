import { describe, expect, it } from 'vitest';
import { ALL_PARTS, survivalByAttribute, survivalByExpression, type Subject } from '../../domain/cohort-analysis.js';
import { coxPH } from '../../domain/cox.js';
import { type EventFlag, kaplanMeier, logRank } from '../../domain/survival.js';

/** A deterministic cohort with heavy ties: integer times in 1..12, so most times are shared by several deaths. */
function cohort(n: number): (Subject & { value: number; label: string })[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => {
    const value = Math.round(rnd() * 100) / 10;
    return {
      id: `P${i}`,
      time: 1 + Math.floor(rnd() * 12),
      event: rnd() < 0.3 + value / 20 ? 1 : 0,
      value,
      label: ['a', 'b', 'c'][Math.floor(rnd() * 3)]!,
    };
  });
}

const close = (a: number | null | undefined, b: number | null | undefined) => {
  expect(a).not.toBeNull();
  expect(Math.abs(a! - b!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b!)));
};

describe('cohort survival on one shared sort', () => {
  const subjects = cohort(400);

  it('equals Kaplan–Meier, log-rank and Cox (Efron, tied deaths) run on each group separately', () => {
    const r = survivalByExpression(subjects, 'MEDIAN', undefined);
    const groups = r.groups.map((g) => {
      const members = g.patientIds.map((id) => subjects.find((s) => s.id === id)!);
      return { times: members.map((m) => m.time!), events: members.map((m) => m.event as EventFlag) };
    });
    expect(r.groups.map((g) => g.n)).toEqual(groups.map((g) => g.times.length));
    r.groups.forEach((g, i) => {
      const km = kaplanMeier(groups[i]!.times, groups[i]!.events);
      expect(g.events).toBe(km.events);
      expect(g.medianSurvival).toBe(km.medianSurvival);
      expect(g.curve).toEqual(km.curve);
    });
    const lr = logRank(groups);
    close(r.logRank!.chiSquare, lr.chiSquare);
    close(r.logRank!.pValue, lr.pValue);
    const fit = coxPH(
      groups.flatMap((g) => g.times),
      groups.flatMap((g) => g.events),
      groups.flatMap((g, i) => g.times.map(() => i)),
    );
    close(r.cox!.hazardRatio, fit.hazardRatio);
    close(r.cox!.se, fit.se);
    close(r.cox!.pValue, fit.pValue);
  });

  it('three attribute groups: log-rank over all, no single hazard ratio; QUARTILES: a Cox trend', () => {
    const byLabel = survivalByAttribute(subjects.map((s) => ({ ...s, value: s.label })));
    expect(byLabel.groups.map((g) => g.label)).toEqual(['a', 'b', 'c']);
    expect(byLabel.logRank!.df).toBe(2);
    expect(byLabel.cox).toBeNull();
    const q = survivalByExpression(subjects, 'QUARTILES', undefined);
    const x = q.groups.flatMap((g, i) => g.patientIds.map(() => i));
    const members = q.groups.flatMap((g) => g.patientIds.map((id) => subjects.find((s) => s.id === id)!));
    const fit = coxPH(
      members.map((m) => m.time!),
      members.map((m) => m.event as EventFlag),
      x,
    );
    close(q.cox!.coefficient, fit.coefficient);
  });

  it('computes only the parts asked for, with the same numbers', () => {
    const all = survivalByExpression(subjects, 'MEDIAN', undefined, ALL_PARTS);
    const some = survivalByExpression(subjects, 'MEDIAN', undefined, {
      curves: false,
      patientIds: false,
      logRank: true,
      cox: false,
    });
    expect(some.groups.map((g) => [g.n, g.events, g.medianSurvival, g.curve.length, g.patientIds.length])).toEqual(
      all.groups.map((g) => [g.n, g.events, g.medianSurvival, 0, 0]),
    );
    expect(some.logRank).toEqual(all.logRank);
    expect(some.cox).toBeNull();
  });

  it('treats times within sqrt(eps) of each other as one time, as R’s aeqSurv', () => {
    const km = kaplanMeier([1, 1 + 1e-10, 2, 3, 3], [1, 1, 0, 1, 1]);
    expect(km.curve.map((p) => [p.time, p.atRisk, p.events])).toEqual([
      [1, 5, 2],
      [2, 3, 0],
      [3, 2, 2],
    ]);
  });
});
