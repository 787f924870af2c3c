import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

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

export enum Endpoint {
  OS = 'OS',
  RFS = 'RFS',
}
registerEnumType(Endpoint, {
  name: 'Endpoint',
  description: 'Survival endpoint.',
  valuesConfig: { OS: { description: 'Overall survival.' }, RFS: { description: 'Recurrence-free survival.' } },
});

export enum ClinicalAttribute {
  RESPONDER = 'RESPONDER',
  HBV_STATUS = 'HBV_STATUS',
  SEX = 'SEX',
  STAGE = 'STAGE',
  TREATMENT = 'TREATMENT',
}
registerEnumType(ClinicalAttribute, {
  name: 'ClinicalAttribute',
  description: 'A clinical attribute to group patients by.',
  valuesConfig: {
    RESPONDER: { description: 'Responder or not.' },
    HBV_STATUS: { description: 'HBV status.' },
    SEX: { description: 'Sex.' },
    STAGE: { description: 'Stage.' },
    TREATMENT: { description: 'Treatment.' },
  },
});

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
}

@ObjectType({ description: 'A group of patients with its Kaplan–Meier curve.' })
export class SurvivalGroup {
  @Field(() => String, { description: 'low / high, or Q1..Q4.' })
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

  @Field(() => [String], { description: 'The patients of the group.' })
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
  @Field(() => Float, { description: 'Hazard ratio, high versus low (per quartile step for QUARTILES).' })
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

@ObjectType({ description: 'Survival by expression group: Kaplan–Meier per group, log-rank test and Cox fit.' })
export class SurvivalAnalysis {
  @Field(() => String, { description: 'Gene id.' })
  gene!: string;

  @Field(() => Endpoint, { description: 'Endpoint.' })
  endpoint!: string;

  @Field(() => SplitMethod, { description: 'Split method.' })
  split!: string;

  @Field(() => [Float], { description: 'Cut points used.' })
  cutPoints!: number[];

  @Field(() => [SurvivalGroup], { description: 'Groups, lowest expression first.' })
  groups!: SurvivalGroup[];

  @Field(() => LogRankTest, { nullable: true, description: 'Null when fewer than two groups have patients.' })
  logRank?: LogRankTest | null;

  @Field(() => CoxFit, {
    nullable: true,
    description: 'Null when fewer than two groups have patients or nothing is estimable.',
  })
  cox?: CoxFit | null;

  @Field(() => Int, {
    description: 'Patients left out: no tumour expression of the gene, or no time/event for the endpoint.',
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

  @Field(() => ClinicalAttribute, { description: 'Grouping attribute.' })
  groupBy!: string;

  @Field(() => [ExpressionGroup], { description: 'Groups.' })
  groups!: ExpressionGroup[];

  @Field(() => RankTest, { nullable: true, description: 'Null with fewer than two groups.' })
  test?: RankTest | null;

  @Field(() => Int, { description: 'Patients without expression or without the attribute.' })
  excluded!: number;
}
