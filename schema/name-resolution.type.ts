import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { NameMatchType as MatchTypeName } from '../domain/name-resolution.js';
import { Node } from './node.interface.js';

/** The match types of domain/name-resolution.ts as a GraphQL enum. */
export const NameMatchType: { [K in MatchTypeName]: K } = {
  ID: 'ID',
  SYMBOL: 'SYMBOL',
  NAME: 'NAME',
  CROSS_REFERENCE: 'CROSS_REFERENCE',
  ALIAS: 'ALIAS',
};
registerEnumType(NameMatchType, {
  name: 'NameMatchType',
  description:
    'How a name matched an entity (ignoring case, spaces, hyphens and the spelling of Greek letters), best first.',
  valuesConfig: {
    ID: { description: "The entity's own id (HGNC:1527)." },
    SYMBOL: { description: "The gene's approved symbol (CAV1)." },
    NAME: { description: "The entity's name (caveolin 1, sorafenib)." },
    CROSS_REFERENCE: {
      description: 'Another id the entity is known by (857, ENSG00000105974, CHEMBL1336, a disease xref).',
    },
    ALIAS: { description: 'An alias, previous symbol, synonym, code or brand name (p21, BGB324, Nexavar).' },
  },
});

@ObjectType({ description: 'One entity a name matched.' })
export class NameMatch {
  @Field(() => Node, { description: 'The entity.' })
  node!: Node;

  @Field(() => NameMatchType, { description: 'How the name matched it.' })
  matchType!: MatchTypeName;

  @Field(() => String, { description: 'The stored id, symbol, name or alias that matched, as written.' })
  matched!: string;
}

@ObjectType({ description: 'What one name of a `resolve` request names.' })
export class NameResolution {
  @Field(() => String, { description: 'The name as given.' })
  name!: string;

  @Field(() => NameMatchType, {
    nullable: true,
    description: 'How the best match matched; null when nothing did.',
  })
  matchType!: MatchTypeName | null;

  @Field(() => [NameMatch], {
    description:
      'Every entity the name matches (at most 10), best match type first, then by id: none for an unknown name, several for an ambiguous one.',
  })
  matches!: NameMatch[];
}
