/** Creates every loader for one request: caches are never shared across requests or users. */
import { alterationFrequencyLoader, sampleAlterationsLoader } from './alteration.loader.js';
import type { Database, QueryCounter } from '../db/database.js';
import type { EdgeDirection } from '../db/edge.queries.js';
import type { Predicate } from '../domain/vocabulary.js';
import { attributeValuesLoader, cohortAttributesLoader } from './clinical.loader.js';
import { statementConflictsLoader } from './conflict.loader.js';
import { cohortLoader, patientSamplesLoader, sampleExpressionLoader } from './cohort.loader.js';
import { edgeLoader, namedEdgeLoader, type EdgeLoader } from './edge.loader.js';
import { evidenceLoader } from './evidence.loader.js';
import { historyLoader } from './history.loader.js';
import { anyNodeLoader, nameLoader, nodeLoader } from './node.loader.js';
import {
  publicationStatementsLoader,
  statementEvidenceLoader,
  statementLoader,
  statementsLoader,
} from './statement.loader.js';

/**
 * The edge pages resolvers read, by loader name: a predicate and a direction from the node
 * (Gene.targetedBy is targetsIn, Drug.targets targetsOut). Their Cypher is edgePageQuery
 * (db/edge.queries.ts), each snapshotted in test/unit/__snapshots__/cypher/.
 */
export const EDGE_PAGES = {
  targetsOut: ['TARGETS', 'OUT'],
  targetsIn: ['TARGETS', 'IN'],
  regulatesOut: ['REGULATES', 'OUT'],
  regulatesIn: ['REGULATES', 'IN'],
  participatesOut: ['PARTICIPATES_IN', 'OUT'],
  participatesIn: ['PARTICIPATES_IN', 'IN'],
  memberOut: ['MEMBER_OF', 'OUT'],
  memberIn: ['MEMBER_OF', 'IN'],
  variantsIn: ['VARIANT_OF', 'IN'],
} as const satisfies Record<string, readonly [Predicate, EdgeDirection]>;

export function createLoaders(db: Database, counter: QueryCounter) {
  const statement = statementLoader(db, counter);
  const statementEvidence = statementEvidenceLoader(db, counter);
  const edges = Object.fromEntries(
    Object.entries(EDGE_PAGES).map(([name, [predicate, direction]]) => [
      name,
      edgeLoader(name, db, counter, predicate, direction, statement, statementEvidence),
    ]),
  ) as Record<keyof typeof EDGE_PAGES, EdgeLoader>;
  const node = nodeLoader(db, counter);
  const byName = nameLoader(db, counter);
  const pages = Object.fromEntries(
    Object.entries(EDGE_PAGES).map(([name, [predicate, direction]]) => [
      name,
      { predicate, direction, loader: edges[name as keyof typeof EDGE_PAGES] },
    ]),
  );
  return {
    node,
    anyNode: anyNodeLoader(db, counter),
    byName,
    byNameWithEdges: namedEdgeLoader(db, counter, pages, byName, statement, statementEvidence),
    statement,
    evidence: evidenceLoader(db, counter),
    history: historyLoader(db, counter),
    patientSamples: patientSamplesLoader(db, counter),
    cohort: cohortLoader(db, counter),
    sampleExpression: sampleExpressionLoader(db, counter),
    cohortAttributes: cohortAttributesLoader(db, counter),
    patientValues: attributeValuesLoader(db, counter, 'PATIENT'),
    sampleValues: attributeValuesLoader(db, counter, 'SAMPLE'),
    geneAlterationFrequency: alterationFrequencyLoader(db, counter, 'GENE'),
    variantAlterationFrequency: alterationFrequencyLoader(db, counter, 'VARIANT'),
    sampleAlterations: sampleAlterationsLoader(db, counter),
    statementEvidence,
    entityStatements: statementsLoader(db, counter),
    publicationStatements: publicationStatementsLoader(db, counter),
    statementConflicts: statementConflictsLoader(db, counter),
    ...edges,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
