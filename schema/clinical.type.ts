import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum AttributeDatatype {
  STRING = 'STRING',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(AttributeDatatype, {
  name: 'AttributeDatatype',
  description: 'The datatype of a clinical attribute, as cBioPortal declares it.',
  valuesConfig: {
    STRING: { description: 'Text.' },
    NUMBER: { description: 'A number.' },
    BOOLEAN: { description: 'true or false.' },
  },
});

export enum AttributeLevel {
  PATIENT = 'PATIENT',
  SAMPLE = 'SAMPLE',
}
registerEnumType(AttributeLevel, {
  name: 'AttributeLevel',
  description: 'Whether an attribute describes a patient or a sample.',
  valuesConfig: {
    PATIENT: { description: 'One value per patient (data_clinical_patient).' },
    SAMPLE: { description: 'One value per sample (data_clinical_sample).' },
  },
});

@ObjectType({ description: 'A clinical attribute a cohort declares (id, name, description, datatype, level).' })
export class ClinicalAttribute {
  @Field(() => String, { description: 'Attribute id, e.g. OS_MONTHS or HBSAG (as the study names it).' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => AttributeDatatype, { description: 'Datatype.' })
  datatype!: string;

  @Field(() => AttributeLevel, { description: 'Patient or sample level.' })
  level!: string;
}

@ObjectType({ description: 'A survival endpoint the cohort declares: a time and an event attribute.' })
export class SurvivalEndpoint {
  @Field(() => String, { description: 'Endpoint id: OS, RFS, DFS, PFS, ...' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'The time attribute (months).' })
  timeAttribute!: string;

  @Field(() => String, { description: 'The event attribute (1 event, 0 censored).' })
  eventAttribute!: string;
}

@ObjectType({ description: 'A patient’s or sample’s value of one clinical attribute.' })
export class AttributeValue {
  @Field(() => ClinicalAttribute, { description: 'The attribute.' })
  attribute!: ClinicalAttribute;

  @Field(() => String, { nullable: true, description: 'The value as text; null when missing.' })
  value?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The value of a NUMBER attribute; null otherwise or when missing.',
  })
  number?: number | null;
}

@InputType({
  description:
    'A condition on one clinical attribute: exactly one of equals, in, a range (min and/or max, inclusive; NUMBER attributes) or missing. Text compares without case. A sample-level attribute is the value of the patient’s first sample that has one.',
})
export class AttributeCondition {
  @Field(() => String, { description: 'Attribute id (see Cohort.attributes).' })
  attribute!: string;

  @Field(() => String, { nullable: true, description: 'The value equals this (numbers compare as numbers).' })
  equals?: string | null;

  @Field(() => [String], { nullable: true, description: 'The value is one of these.' })
  in?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'The value is at least this.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value is at most this.' })
  max?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the value is missing; false: it is present.' })
  missing?: boolean | null;
}
