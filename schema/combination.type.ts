import { Field, ObjectType } from 'type-graphql';
import { CombinationType } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A combination of agents; evidence about it attaches to statements whose subject is the combination.',
})
export class Combination extends Node {
  @Field(() => CombinationType, { description: 'How the agents are given.' })
  interactionType!: string;

  @Field(() => [String], { description: 'Curated fact keys this combination comes from.' })
  factKeys!: string[];
}
