/** Creates every loader for one request: caches are never shared across requests or users. */
import type { Database, QueryCounter } from '../db/database.js';
import { cohortLoader, patientSamplesLoader } from './cohort.loader.js';
import { edgeLoader } from './edge.loader.js';
import { evidenceLoader } from './evidence.loader.js';
import { historyLoader } from './history.loader.js';
import { nameLoader, nodeLoader } from './node.loader.js';
import { entityStatementsLoader, statementEvidenceLoader, statementLoader } from './statement.loader.js';

export function createLoaders(db: Database, counter: QueryCounter) {
  return {
    node: nodeLoader(db, counter),
    byName: nameLoader(db, counter),
    statement: statementLoader(db, counter),
    evidence: evidenceLoader(db, counter),
    history: historyLoader(db, counter),
    patientSamples: patientSamplesLoader(db, counter),
    cohort: cohortLoader(db, counter),
    statementEvidence: statementEvidenceLoader(db, counter),
    entityStatements: entityStatementsLoader(db, counter),
    targetsOut: edgeLoader(db, counter, 'TARGETS', 'OUT'),
    targetsIn: edgeLoader(db, counter, 'TARGETS', 'IN'),
    regulatesOut: edgeLoader(db, counter, 'REGULATES', 'OUT'),
    regulatesIn: edgeLoader(db, counter, 'REGULATES', 'IN'),
    participatesOut: edgeLoader(db, counter, 'PARTICIPATES_IN', 'OUT'),
    participatesIn: edgeLoader(db, counter, 'PARTICIPATES_IN', 'IN'),
    memberOut: edgeLoader(db, counter, 'MEMBER_OF', 'OUT'),
    memberIn: edgeLoader(db, counter, 'MEMBER_OF', 'IN'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
