import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AlterationGrouping } from './alteration.type.js';

export enum SplitMethod {
  MEDIAN = 'MEDIAN',
  QUARTILES = 'QUARTILES',
  THRESHOLD = 'THRESHOLD',
}
registerEnumType(SplitMethod, {
  name: 'SplitMethod',
  description: 'How patients are grouped by expression (docs/cohorts.md states the tie rule).',
  valuesConfig: {
    MEDIAN: { description: 'high: value > median; low: value <= median (R median).' },
    QUARTILES: {
      description: 'Q1..Q4 cut at R quantile(type = 7); a value equal to a cut point goes to the lower group.',
    },
    THRESHOLD: { description: 'high: value > threshold; low: value <= threshold.' },
  },
});

@InputType({ description: 'Group patients by the tumour expression of a gene.' })
export class ExpressionGrouping {
  @Field(() => ID, { description: 'Gene id or symbol (must be in the cohort panel).' })
  gene!: string;

  @Field(() => SplitMethod, { defaultValue: SplitMethod.MEDIAN, description: 'How to cut.' })
  split!: SplitMethod;

  @Field(() => Float, { nullable: true, description: 'Cut point for THRESHOLD.' })
  threshold?: number | null;
}

@InputType({ description: 'Group patients by the values of a clinical attribute.' })
export class AttributeGrouping {
  @Field(() => String, { description: 'Attribute id (see Cohort.attributes).' })
  attribute!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only these values, as groups in this order (others are excluded); default: every value, numbers ascending, text alphabetically.',
  })
  values?: string[] | null;
}

@InputType({
  description: 'What to group patients by: exactly one field. (Alteration status and path membership come later.)',
})
export class SurvivalGrouping {
  @Field(() => ExpressionGrouping, { nullable: true, description: 'A gene’s tumour expression.' })
  expression?: ExpressionGrouping | null;

  @Field(() => AttributeGrouping, { nullable: true, description: 'A clinical attribute’s values.' })
  attribute?: AttributeGrouping | null;

  @Field(() => AlterationGrouping, {
    nullable: true,
    description: 'Whether a profiled tumour sample alters a gene or a variant (groups "not altered", "altered").',
  })
  alteration?: AlterationGrouping | null;
}

@ObjectType({ description: 'One step of a Kaplan–Meier curve.' })
export class CurvePoint {
  @Field(() => Float, { description: 'Time (months).' })
  time!: number;

  @Field(() => Float, { description: 'Survival probability just after this time.' })
  survival!: number;

  @Field(() => Int, { description: 'Patients at risk just before this time.' })
  atRisk!: number;

  @Field(() => Int, { description: 'Events at this time.' })
  events!: number;

  @Field(() => Int, { description: 'Censored at this time.' })
  censored!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Lower 95% confidence limit of survival (log transform, as R survfit); null where R gives NA.',
  })
  lower95?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper 95% confidence limit of survival (at most 1).' })
  upper95?: number | null;
}

@ObjectType({ description: 'A group of patients with its Kaplan–Meier curve.' })
export class SurvivalGroup {
  @Field(() => String, { description: 'low / high, Q1..Q4, or the attribute value.' })
  label!: string;

  @Field(() => Int, { description: 'Patients.' })
  n!: number;

  @Field(() => Int, { description: 'Events.' })
  events!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median survival (as R prints it); null when the curve stays above 0.5.',
  })
  medianSurvival?: number | null;

  @Field(() => [String], {
    description: 'Every patient of the group (not capped: n of them, at most the cohort’s patients).',
  })
  patientIds!: string[];

  @Field(() => [CurvePoint], { description: 'One point per distinct time, ascending.' })
  curve!: CurvePoint[];
}

@ObjectType({ description: 'Log-rank test, as R survdiff.' })
export class LogRankTest {
  @Field(() => Float, { description: 'Chi-square statistic.' })
  chiSquare!: number;

  @Field(() => Int, { description: 'Degrees of freedom.' })
  df!: number;

  @Field(() => Float, { description: 'p-value.' })
  pValue!: number;
}

@ObjectType({ description: 'Cox proportional hazards with Efron ties, as R coxph; covariate = group index.' })
export class CoxFit {
  @Field(() => Float, {
    description:
      'Hazard ratio of the later group versus the earlier: high versus low, the second attribute value versus the first, or per quartile step for QUARTILES.',
  })
  hazardRatio!: number;

  @Field(() => Float, { description: 'Lower 95% confidence limit.' })
  ci95Low!: number;

  @Field(() => Float, { nullable: true, description: 'Upper 95% confidence limit (null when infinite).' })
  ci95High?: number | null;

  @Field(() => Float, { description: 'Wald p-value.' })
  pValue!: number;

  @Field(() => Float, { description: 'Log hazard ratio.' })
  coefficient!: number;

  @Field(() => Float, { description: 'Standard error of the coefficient.' })
  se!: number;

  @Field(() => Boolean, { description: 'False when the fit did not converge (e.g. a group without events).' })
  converged!: boolean;

  @Field(() => [String], { description: 'Warnings, as R gives them.' })
  warnings!: string[];
}

@ObjectType({ description: 'Survival by group: Kaplan–Meier per group, log-rank test and Cox fit.' })
export class SurvivalAnalysis {
  @Field(() => String, { description: 'Endpoint id.' })
  endpoint!: string;

  @Field(() => String, { nullable: true, description: 'Gene id, when grouped by expression.' })
  gene?: string | null;

  @Field(() => SplitMethod, { nullable: true, description: 'Split method, when grouped by expression.' })
  split?: string | null;

  @Field(() => String, { nullable: true, description: 'Attribute id, when grouped by an attribute.' })
  attribute?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Gene and variant ids whose alteration split the patients, when grouped by alteration status (any altered vs none).',
  })
  alterations?: string[] | null;

  @Field(() => [Float], { description: 'Cut points used (expression groupings; empty for attributes).' })
  cutPoints!: number[];

  @Field(() => [SurvivalGroup], { description: 'Groups: lowest expression first, or attribute values in order.' })
  groups!: SurvivalGroup[];

  @Field(() => LogRankTest, { nullable: true, description: 'Null when fewer than two groups have patients.' })
  logRank?: LogRankTest | null;

  @Field(() => CoxFit, {
    nullable: true,
    description: 'Null when fewer than two groups have patients or nothing is estimable.',
  })
  cox?: CoxFit | null;

  @Field(() => Int, {
    description:
      'Patients left out: no grouping value (tumour expression, attribute value, or a value outside the groups asked for), or no time/event for the endpoint.',
  })
  excluded!: number;
}

@ObjectType({ description: 'Expression in one clinical group.' })
export class ExpressionGroup {
  @Field(() => String, { description: 'Group value.' })
  label!: string;

  @Field(() => Int, { description: 'Patients.' })
  n!: number;

  @Field(() => Float, { nullable: true, description: 'Median expression.' })
  median?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean expression.' })
  mean?: number | null;
}

@ObjectType({ description: 'A rank test result.' })
export class RankTest {
  @Field(() => String, { description: 'Which test (Wilcoxon rank-sum for two groups, Kruskal–Wallis for more).' })
  method!: string;

  @Field(() => Float, { description: 'W (as R) or the Kruskal–Wallis H.' })
  statistic!: number;

  @Field(() => Float, { description: 'p-value.' })
  pValue!: number;
}

@ObjectType({ description: 'Expression of a gene compared between clinical groups.' })
export class ExpressionComparison {
  @Field(() => String, { description: 'Gene id.' })
  gene!: string;

  @Field(() => String, { description: 'Grouping attribute id.' })
  groupBy!: string;

  @Field(() => [ExpressionGroup], { description: 'Groups.' })
  groups!: ExpressionGroup[];

  @Field(() => RankTest, { nullable: true, description: 'Null with fewer than two groups.' })
  test?: RankTest | null;

  @Field(() => Int, { description: 'Patients without expression or without the attribute.' })
  excluded!: number;
}
