/**
 * A small graph of interactions of unknown direction, with its own entities so the rest of the
 * graph is unaffected: TRUTHDRV1 confers resistance to truth-base; from the DGIdb fixture,
 * truth-unknownib (no action), truth-binderib (binder) and truth-inhibitib (inhibitor) target
 * TRUTHDRV1. Loading it again changes nothing.
 */
import type { Database } from '../../db/database.js';
import { importDgidb } from '../../seed/importers/dgidb.js';
import { newEntity } from '../../seed/importers/resolve.js';
import { writeImport } from '../../seed/importers/write.js';

export const BASE = 'RESISTKG:test-truth-base';
export const DRIVER = 'RESISTKG:dgidb-gene-TRUTHDRV1';
const fixture = new URL('../fixtures/importers/dgidb-unknown-direction.tsv', import.meta.url).pathname;

export async function loadUnknownDirection(db: Database): Promise<void> {
  await importDgidb(db, fixture);
  const [drug, synonyms] = newEntity('DRUG', BASE, 'truth-base', [], {
    agentType: 'SMALL_MOLECULE',
    approvalStatus: 'EXPERIMENTAL',
  });
  const statementId = 'RESISTKG:stmt-test-truth-resistance';
  await writeImport(
    db,
    {
      entities: [drug],
      synonyms: [synonyms],
      publications: [{ id: 'RESISTKG:src-test-truth', props: { title: 'test source', name: 'test source' } }],
      statements: [
        {
          id: statementId,
          subject: DRIVER,
          predicate: 'CONFERS_RESISTANCE_TO',
          object: BASE,
          sign: 1,
          props: { tier: 'IMPORT', factKeys: [], contextDisease: null },
          edgeProps: { interactionType: null, mechanism: null, disease: null },
        },
      ],
      evidence: [
        {
          id: 'RESISTKG:ev-test-truth-resistance',
          statementId,
          source: 'RESISTKG:src-test-truth',
          direction: 'SUPPORTS',
          props: {
            sentence: 'TRUTHDRV1 drives resistance.',
            level: 'D',
            modelSystem: 'CELL_LINE',
            rating: 4,
            status: 'ACCEPTED',
            curator: 'test',
            significance: null,
          },
        },
      ],
    },
    () => undefined,
    'test',
  );
}
