import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One change to a record: who, when, what, and the record before and after.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field(() => String, { description: 'When (ISO 8601).' })
  at!: string;

  @Field(() => String, { description: 'Who made the change.' })
  actor!: string;

  @Field(() => String, { description: 'Their role at the time.' })
  role!: string;

  @Field(() => String, { description: 'CREATE_STATEMENT, SUBMIT, REVISE, ACCEPT, REJECT, RETRACT or ADD_ENTITY.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Review comment or retraction reason.' })
  comment?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The audited fields before the change (null on creation).',
  })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The audited fields after the change.' })
  after?: Record<string, unknown> | null;
}
