import { Field, ObjectType, type ClassType } from 'type-graphql';
import { ConnectionBase } from './page-info.type.js';

/** A Relay connection class for an edge class: `edges` plus totalCount and pageInfo. */
export function Connection<TEdge extends object>(EdgeClass: ClassType<TEdge>) {
  @ObjectType()
  abstract class ConnectionClass extends ConnectionBase {
    @Field(() => [EdgeClass], { description: 'The edges of this page, in order.' })
    edges!: TEdge[];
  }
  return ConnectionClass;
}
