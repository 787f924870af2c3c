/** Creates every loader for one request: caches are never shared across requests or users. */
import type { Database, QueryCounter } from '../db/database.js';
import type { EdgeDirection } from '../db/edge.queries.js';
import { cohortLoader, patientSamplesLoader, sampleExpressionLoader } from './cohort.loader.js';
import { edgeLoader } from './edge.loader.js';
import { evidenceLoader } from './evidence.loader.js';
import { historyLoader } from './history.loader.js';
import { nameLoader, nodeLoader } from './node.loader.js';
import { entityStatementsLoader, statementEvidenceLoader, statementLoader } from './statement.loader.js';

export function createLoaders(db: Database, counter: QueryCounter) {
  const statement = statementLoader(db, counter);
  const statementEvidence = statementEvidenceLoader(db, counter);
  const edges = (predicate: string, direction: EdgeDirection) =>
    edgeLoader(db, counter, predicate, direction, statement, statementEvidence);
  return {
    node: nodeLoader(db, counter),
    byName: nameLoader(db, counter),
    statement,
    evidence: evidenceLoader(db, counter),
    history: historyLoader(db, counter),
    patientSamples: patientSamplesLoader(db, counter),
    cohort: cohortLoader(db, counter),
    sampleExpression: sampleExpressionLoader(db, counter),
    statementEvidence,
    entityStatements: entityStatementsLoader(db, counter),
    targetsOut: edges('TARGETS', 'OUT'),
    targetsIn: edges('TARGETS', 'IN'),
    regulatesOut: edges('REGULATES', 'OUT'),
    regulatesIn: edges('REGULATES', 'IN'),
    participatesOut: edges('PARTICIPATES_IN', 'OUT'),
    participatesIn: edges('PARTICIPATES_IN', 'IN'),
    memberOut: edges('MEMBER_OF', 'OUT'),
    memberIn: edges('MEMBER_OF', 'IN'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
