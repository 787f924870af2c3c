import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Gene } from './gene.type.js';
import { ConnectionBase } from './page-info.type.js';
import { Variant } from './variant.type.js';

@ObjectType({ description: 'A variant a sample carries (a mutation from its study’s MAF).' })
export class SampleAlterationEdge {
  @Field(() => String, { description: 'Keyset cursor, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Variant, { description: 'The variant.' })
  node!: Variant;

  @Field(() => Float, {
    nullable: true,
    description:
      'Variant allele fraction t_alt_count / (t_alt_count + t_ref_count); null when the MAF gives no counts.',
  })
  vaf!: number | null;
}

@ObjectType({ description: 'A page of the variants a sample carries, by variant id.' })
export class SampleAlterationConnection extends ConnectionBase {
  @Field(() => [SampleAlterationEdge], { description: 'The edges of this page.' })
  edges!: SampleAlterationEdge[];
}

@ObjectType({ description: 'How often a gene or variant is altered in one cohort’s profiled samples.' })
export class CohortAlterationFrequency {
  cohortId!: string;

  @Field(() => Int, { description: 'Profiled samples carrying the alteration (any variant of the gene, for a gene).' })
  alteredSamples!: number;

  @Field(() => Int, {
    description: 'Samples profiled for mutations: those the MAF lists as sequenced, or every sample of the cohort.',
  })
  profiledSamples!: number;

  @Field(() => Float, { description: 'alteredSamples / profiledSamples.' })
  frequency!: number;
}

@ObjectType({ description: 'A gene altered in a cohort’s profiled samples.' })
export class AlteredGeneEdge {
  @Field(() => String, { description: 'Keyset cursor, bound to this list (`after` or `before`).' })
  cursor!: string;

  @Field(() => Gene, { description: 'The gene.' })
  node!: Gene;

  @Field(() => Int, { description: 'Profiled samples carrying any variant of the gene.' })
  alteredSamples!: number;

  @Field(() => Float, { description: 'alteredSamples / the cohort’s profiled samples.' })
  frequency!: number;
}

@ObjectType({ description: 'A page of a cohort’s altered genes, most altered samples first, then by gene id.' })
export class AlteredGeneConnection extends ConnectionBase {
  @Field(() => [AlteredGeneEdge], { description: 'The edges of this page.' })
  edges!: AlteredGeneEdge[];
}

@InputType({
  description: 'Group patients by whether a profiled tumour sample alters a gene or a variant (exactly one).',
})
export class AlterationGrouping {
  @Field(() => ID, { nullable: true, description: 'Gene id or symbol: any of its variants counts.' })
  gene?: string | null;

  @Field(() => ID, { nullable: true, description: 'Variant id or name, e.g. "EGFR T790M".' })
  variant?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Gene ids or symbols: altered when any variant of any of them is (e.g. the genes of a resistance path).',
  })
  genes?: string[] | null;
}
