import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SurvivalEndpoint } from './clinical.type.js';
import { Node } from './node.interface.js';
import { ConnectionBase } from './page-info.type.js';

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

  @Field(() => String, { nullable: true, description: 'Licence of the data (from meta_study.txt or the mapping).' })
  licence?: string | null;

  @Field(() => String, { nullable: true, description: 'Citation (from meta_study.txt or the mapping).' })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference genome (from meta_study.txt), e.g. hg19.' })
  referenceGenome?: string | null;

  @Field(() => [SurvivalEndpoint], { description: 'Declared survival endpoints (pairs of time and event attributes).' })
  endpoints!: SurvivalEndpoint[];

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

@ObjectType({
  implements: Node,
  description: 'A patient of a cohort; clinical values are its cohort’s declared attributes.',
})
export class Patient extends Node {
  @Field(() => String, { nullable: true, description: 'The id the source study gives the patient.' })
  sourceId?: string | null;

  cohortId!: string;
}

@ObjectType({ implements: Node, description: 'A sample: tumour, normal, organoid, or a single-cell cluster.' })
export class Sample extends Node {
  @Field(() => String, { description: 'TUMOR, NORMAL, ORGANOID or SINGLE_CELL_CLUSTER.' })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the sample was taken: PRE_TREATMENT, ON_TREATMENT, PROGRESSION, or the study’s own value.',
  })
  timepoint?: string | null;

  @Field(() => String, { nullable: true, description: 'The id the source study gives the sample.' })
  sourceId?: string | null;

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
