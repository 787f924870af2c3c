import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordName } from '../domain/record-names.js';
import { AttributeValue } from '../schema/clinical.type.js';
import { Cohort, Patient, Sample } from '../schema/cohort.type.js';
import { NodeKind } from '../schema/enums.js';
import { toValue } from './cohorts.js';
import type { Context } from './context.js';

@Resolver(() => Patient)
export class PatientResolver {
  @FieldResolver(() => String, { description: 'The patient id (patients have no names here).' })
  name(@Root() p: Patient): string {
    return recordName(p);
  }

  @FieldResolver(() => NodeKind, { description: 'PATIENT.' })
  kind(): string {
    return 'PATIENT';
  }

  @FieldResolver(() => [Sample], { description: 'The patient’s samples.' })
  async samples(@Root() p: Patient, @Ctx() ctx: Context) {
    return ctx.loaders.patientSamples.load(p.id);
  }

  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() p: Patient, @Ctx() ctx: Context) {
    return ctx.loaders.cohort.load(p.cohortId);
  }

  @FieldResolver(() => [AttributeValue], {
    description: 'The patient’s values of every patient-level attribute its cohort declares (missing ones as null).',
  })
  async attributes(@Root() p: Patient, @Ctx() ctx: Context) {
    return (await ctx.loaders.patientValues.load(p.id)).map(toValue);
  }

  @FieldResolver(() => AttributeValue, {
    nullable: true,
    description: 'The patient’s value of one attribute; null when the cohort declares no such patient attribute.',
  })
  async attribute(
    @Root() p: Patient,
    @Ctx() ctx: Context,
    @Arg('id', () => String, { description: 'Attribute id, e.g. OS_MONTHS.' }) id: string,
  ) {
    const found = (await ctx.loaders.patientValues.load(p.id)).find((v) => v.attribute.id === id);
    return found ? toValue(found) : null;
  }
}
