import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOf } from '../domain/kinds.js';
import { NodeKind } from './enums.js';

@InterfaceType({
  description: 'Any entity of the graph, addressed by its CURIE id.',
  // Each kind's storage label is also its GraphQL type name (domain/kinds.ts).
  resolveType: (value: { kind: string }) => labelOf(value.kind),
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Stable CURIE identifier, e.g. HGNC:1527, CHEMBL.COMPOUND:CHEMBL1336, MIRBASE:MIMAT0000252.',
  })
  id!: string;

  @Field(() => String, {
    description: 'Name: the approved full name for genes (symbol has the HGNC symbol), the name otherwise.',
  })
  name!: string;

  @Field(() => NodeKind, { description: 'What kind of entity this is.' })
  kind!: string;
}
