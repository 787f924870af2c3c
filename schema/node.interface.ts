import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOf } from '../domain/kinds.js';
import { NodeKind } from './enums.js';

@InterfaceType({
  description:
    'Anything with a stable id: an entity of the graph or a publication (by CURIE), a statement, evidence, a cohort, a patient or a sample.',
  // Each kind's storage label is also its GraphQL type name (domain/kinds.ts).
  resolveType: (value: { kind: string }) => labelOf(value.kind),
})
export abstract class Node {
  @Field(() => ID, {
    description:
      'Stable identifier, unique across every type (Relay refetches any node by it with node(id)): a CURIE for entities and publications (HGNC:1527, CHEMBL.COMPOUND:CHEMBL1336, PMID:40715090), RESISTKG:stmt-… for statements, RESISTKG:ev-… for evidence, the cohort, patient or sample id otherwise.',
  })
  id!: string;

  @Field(() => String, {
    description:
      'Name: the approved full name for genes (symbol has the HGNC symbol), the name otherwise; a statement reads as subject, predicate and object ids; evidence, patients and samples give their ids.',
  })
  name!: string;

  @Field(() => NodeKind, { description: 'What kind of entity this is.' })
  kind!: string;
}
