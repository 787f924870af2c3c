import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.interface.js';

export enum MatchType {
  EXACT = 'EXACT',
  FULLTEXT = 'FULLTEXT',
}
registerEnumType(MatchType, {
  name: 'MatchType',
  description: 'How a search hit matched.',
  valuesConfig: {
    EXACT: {
      description: 'The whole query is an id, symbol, name, alias or synonym (ignoring case, spaces, hyphens).',
    },
    FULLTEXT: {
      description:
        'Words of the query match words of a name, alias or synonym exactly, as a prefix, or within one edit.',
    },
  },
});

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity found.' })
  node!: Node;

  @Field(() => Float, { description: 'Relevance: 100 exact id/symbol/name, 90 exact alias, up to 80 full-text.' })
  score!: number;

  @Field(() => String, { description: 'The name, alias or id that matched.' })
  matched!: string;

  @Field(() => MatchType, { description: 'EXACT or FULLTEXT.' })
  matchType!: MatchType;
}
