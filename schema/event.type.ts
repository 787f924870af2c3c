import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditEvent } from './audit-event.type.js';
import { PageInfo } from './page-info.type.js';

@ObjectType({ description: 'One committed curation change, numbered in commit order, with what it touched.' })
export class ChangeEvent extends AuditEvent {
  @Field(() => Int, { description: 'Its number in commit order (later changes have larger numbers).' })
  seq!: number;

  @Field(() => [ID], { description: 'The records it is about (evidence, statement, entity).' })
  about!: string[];

  @Field(() => [ID], { description: 'The statements it touched, directly or through their evidence.' })
  statementIds!: string[];

  @Field(() => [ID], { description: 'The subjects and objects of those statements.' })
  entityIds!: string[];

  @Field(() => [ID], { description: 'The diseases those statements are about.' })
  diseaseIds!: string[];
}

@ObjectType({ description: 'A change and its cursor.' })
export class ChangeEventEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this change.' })
  cursor!: string;

  @Field(() => ChangeEvent, { description: 'The change.' })
  node!: ChangeEvent;
}

@ObjectType({ description: 'A page of the change feed, in commit order.' })
export class ChangeEventPage {
  @Field(() => [ChangeEventEdge], { description: 'The changes of this page, oldest first.' })
  edges!: ChangeEventEdge[];

  @Field(() => PageInfo, { description: 'endCursor continues the feed; keep it to poll for later changes.' })
  pageInfo!: PageInfo;
}
