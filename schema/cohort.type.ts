import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.interface.js';
import { ConnectionBase } from './page-info.type.js';

export enum HbvStatus {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(HbvStatus, {
  name: 'HbvStatus',
  description: 'Hepatitis B status (HBsAg).',
  valuesConfig: { POSITIVE: { description: 'HBV positive.' }, NEGATIVE: { description: 'HBV negative.' } },
});

@ObjectType({
  implements: Node,
  description: 'A cohort of patients with samples and a gene panel. Synthetic cohorts say so.',
})
export class Cohort extends Node {
  @Field(() => String, { nullable: true, description: 'Accession or study identifier.' })
  accession?: string | null;

  @Field(() => String, { nullable: true, description: 'Description, including where the data come from.' })
  description?: string | null;

  @Field(() => Boolean, { description: 'True for generated data that are not real patients.' })
  synthetic!: boolean;

  @Field(() => String, { nullable: true, description: 'Source file, study or generator.' })
  source?: string | null;

  @Field(() => Int, { description: 'Number of patients.' })
  patientCount!: number;

  @Field(() => [String], { description: 'Symbols of the genes whose expression the samples carry.' })
  panelSymbols!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Genes of the imported matrix that the graph does not know (left out of the panel).',
  })
  unknownGenes?: string[] | null;
}

@ObjectType({ implements: Node, description: 'A patient of a cohort, with clinical attributes and survival.' })
export class Patient extends Node {
  @Field(() => HbvStatus, { nullable: true, description: 'HBV status.' })
  hbvStatus?: string | null;

  @Field(() => Float, { nullable: true, description: 'Age in years.' })
  age?: number | null;

  @Field(() => String, { nullable: true, description: 'MALE or FEMALE (as recorded).' })
  sex?: string | null;

  @Field(() => String, { nullable: true, description: 'Stage (e.g. BCLC-B, TNM III).' })
  stage?: string | null;

  @Field(() => String, { nullable: true, description: 'Treatment, e.g. sorafenib.' })
  treatment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Responded to treatment (null when untreated or unknown).' })
  responder?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Overall survival time, months.' })
  osMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '1 died, 0 censored.' })
  osEvent?: number | null;

  @Field(() => Float, { nullable: true, description: 'Recurrence-free survival time, months.' })
  rfsMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '1 recurred (or died), 0 censored.' })
  rfsEvent?: number | null;

  cohortId!: string;
}

@ObjectType({ implements: Node, description: 'A sample: tumour, normal, organoid, or a single-cell cluster.' })
export class Sample extends Node {
  @Field(() => String, { description: 'TUMOR, NORMAL, ORGANOID or SINGLE_CELL_CLUSTER.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Cluster name (single-cell clusters).' })
  clusterName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Cells in the cluster (single-cell clusters).' })
  cellCount?: number | null;

  patientId!: string;
}

@ObjectType({ description: 'Expression of one gene in one sample.' })
export class ExpressionValue {
  @Field(() => ID, { description: 'Gene id.' })
  geneId!: string;

  @Field(() => Float, { nullable: true, description: 'Expression value (null when not measured).' })
  value?: number | null;

  @Field(() => Float, { nullable: true, description: 'Single-cell clusters: fraction of cells expressing the gene.' })
  fractionExpressing?: number | null;
}

@ObjectType({ description: 'A patient in a list.' })
export class PatientEdge {
  @Field(() => String, { description: 'Keyset cursor, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Patient, { description: 'The patient.' })
  node!: Patient;
}

@ObjectType({ description: 'A page of patients.' })
export class PatientConnection extends ConnectionBase {
  @Field(() => [PatientEdge], { description: 'The edges of this page.' })
  edges!: PatientEdge[];
}

@ObjectType({ description: 'A sample in a list.' })
export class SampleEdge {
  @Field(() => String, { description: 'Keyset cursor, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Sample, { description: 'The sample.' })
  node!: Sample;
}

@ObjectType({ description: 'A page of samples.' })
export class SampleConnection extends ConnectionBase {
  @Field(() => [SampleEdge], { description: 'The edges of this page.' })
  edges!: SampleEdge[];
}

@InputType({ description: 'Restrict patients by clinical attributes (all given conditions must hold).' })
export class PatientFilter {
  @Field(() => HbvStatus, { nullable: true, description: 'HBV status.' })
  hbvStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'MALE or FEMALE.' })
  sex?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Responders (true) or non-responders (false).' })
  responder?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Any of these stages.' })
  stages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Treatment.' })
  treatment?: string | null;

  @Field(() => Float, { nullable: true, description: 'Minimum age.' })
  minAge?: number | null;

  @Field(() => Float, { nullable: true, description: 'Maximum age.' })
  maxAge?: number | null;
}
