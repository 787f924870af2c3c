/** The executable schema: every resolver, and the Node types reachable only through the interface. */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { CellLine } from '../schema/cell-line.type.js';
import { Combination } from '../schema/combination.type.js';
import { Disease } from '../schema/disease.type.js';
import { Drug } from '../schema/drug.type.js';
import { DrugClass } from '../schema/drug-class.type.js';
import { Gene } from '../schema/gene.type.js';
import { GeneFamily } from '../schema/gene-family.type.js';
import { MiRNA } from '../schema/mirna.type.js';
import { Pathway } from '../schema/pathway.type.js';
import { Process } from '../schema/process.type.js';
import { Publication } from '../schema/publication.type.js';
import { CohortAlterationFrequencyResolver } from './alteration.resolver.js';
import { CohortResolver } from './cohort.resolver.js';
import { PatientResolver } from './patient.resolver.js';
import { SampleResolver } from './sample.resolver.js';
import { CurationResolver, EvidenceHistoryResolver, StatementHistoryResolver } from './curation.resolver.js';
import { DiseaseResolver } from './disease.resolver.js';
import { DrugResolver } from './drug.resolver.js';
import {
  GeneEdgeResolver,
  PathwayEdgeResolver,
  RegulationEdgeResolver,
  TargetEdgeResolver,
  VariantEdgeResolver,
} from './edge.resolver.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { EventResolver } from './event.resolver.js';
import { MetaResolver } from './meta.resolver.js';
import { GeneResolver } from './gene.resolver.js';
import { CombinationResolver, DrugClassResolver, GeneFamilyResolver } from './group.resolver.js';
import { MiRNAResolver } from './mirna.resolver.js';
import { NameResolutionResolver } from './name-resolution.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { PathwayResolver } from './pathway.resolver.js';
import { ProcessResolver } from './process.resolver.js';
import { PublicationResolver } from './publication.resolver.js';
import { PathCohortResolver } from './path-cohort.resolver.js';
import { PathEdgeResolver, PathResolver } from './path.resolver.js';
import { CombinationCandidateResolver } from './combination-candidate.resolver.js';
import { CombinationTherapyResolver } from './combination-therapy.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { NeighborhoodResolver, SubgraphEdgeResolver, SubgraphNodeResolver } from './neighborhood.resolver.js';
import { StatementContextResolver, StatementResolver } from './statement.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';
import { VariantResolver } from './variant.resolver.js';
import { ConflictResolver, StatementConflictsResolver } from './conflict.resolver.js';
import { Variant } from '../schema/variant.type.js';

let cached: Promise<GraphQLSchema> | undefined;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    // type-graphql wants a PubSub for @Subscription; ours subscribe to the change feed instead
    // (resolvers/event.resolver.ts), so nothing is ever published on it.
    pubSub: createPubSub(),
    resolvers: [
      NodeResolver,
      GeneResolver,
      VariantResolver,
      ConflictResolver,
      StatementConflictsResolver,
      DrugResolver,
      MiRNAResolver,
      PathwayResolver,
      ProcessResolver,
      PublicationResolver,
      DiseaseResolver,
      PathResolver,
      PathCohortResolver,
      CohortResolver,
      PatientResolver,
      SampleResolver,
      CohortAlterationFrequencyResolver,
      SearchResolver,
      NameResolutionResolver,
      NeighborhoodResolver,
      SubgraphNodeResolver,
      SubgraphEdgeResolver,
      CurationResolver,
      EvidenceHistoryResolver,
      StatementHistoryResolver,
      PathEdgeResolver,
      CombinationTherapyResolver,
      CombinationCandidateResolver,
      StatementResolver,
      StatementContextResolver,
      EvidenceResolver,
      EventResolver,
      MetaResolver,
      DrugClassResolver,
      GeneFamilyResolver,
      CombinationResolver,
      TargetEdgeResolver,
      RegulationEdgeResolver,
      PathwayEdgeResolver,
      GeneEdgeResolver,
      VariantEdgeResolver,
      ViewerResolver,
    ],
    orphanedTypes: [
      Gene,
      GeneFamily,
      MiRNA,
      Drug,
      DrugClass,
      Pathway,
      Process,
      Disease,
      CellLine,
      Combination,
      Publication,
      Variant,
    ],
    validate: false,
  }).then((schema) => {
    schema.getQueryType()!.description =
      'resistkg: a knowledge graph of cancer drug resistance. Look entities up by id or any alias, follow targets, regulation and statements with their evidence.';
    schema.getMutationType()!.description =
      'Curation: submit, revise, review and retract evidence, and add entities. Needs a bearer token (docs/curation.md).';
    schema.getSubscriptionType()!.description =
      'Live updates over WebSocket at /graphql (graphql-ws): changes as they commit, and derived rankings when a write changes them (docs/api.md).';
    return schema;
  });
  return cached;
}
