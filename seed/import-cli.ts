/**
 * `npm run import -- hgnc|dgidb|mirtarbase|drugcentral|hetionet|gmt FILE [--source NAME]`, `civic FILE
 * [--include-submitted]`, `cbioportal FOLDER`, `clinical FILE --mapping MAPPING.yaml`, `kgx FOLDER`,
 * `all FOLDER` (every recognised file, in order) or `release FOLDER` (into an empty database;
 * seed/release.ts): imports into NEO4J_URI (or the embedded database). A file with problems is
 * refused whole, with line numbers.
 */
import { parseArgs } from 'node:util';
import { configOrExit, withDatabase } from '../neo4j/open.js';
import { importAll } from './importers/all.js';
import { importCbioportal } from './importers/cbioportal.js';
import { importCivic } from './importers/civic.js';
import { importClinical } from './importers/clinical.js';
import { importDgidb } from './importers/dgidb.js';
import { importDrugcentral } from './importers/drugcentral.js';
import { importGmt } from './importers/gmt.js';
import { importHetionet } from './importers/hetionet.js';
import { importHgnc } from './importers/hgnc.js';
import { importKgx } from './importers/kgx.js';
import { ImportError } from './importers/lines.js';
import { importMirtarbase } from './importers/mirtarbase.js';
import { recordImport } from '../db/release.repo.js';
import { RECOGNISED } from './importers/all.js';
import { loadRelease } from './release.js';

/** The knowledge source (domain/sources.ts) each single-file format credits, recorded for `meta`. */
const SOURCE_OF: Record<string, string> = {
  hgnc: 'hgnc',
  dgidb: 'dgidb',
  mirtarbase: 'mirtarbase',
  gmt: 'gmt',
  drugcentral: 'drugcentral',
  hetionet: 'hetionet',
  civic: 'civic',
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string', default: 'GMT file' },
    mapping: { type: 'string' },
    'include-submitted': { type: 'boolean', default: false },
  },
});
const [format, file] = positionals;
if (
  ![
    'hgnc',
    'dgidb',
    'mirtarbase',
    'gmt',
    'civic',
    'cbioportal',
    'clinical',
    'kgx',
    'drugcentral',
    'hetionet',
    'all',
    'release',
  ].includes(format ?? '') ||
  !file ||
  (format === 'clinical' && !values.mapping)
) {
  console.error(
    'usage: npm run import -- hgnc|dgidb|mirtarbase|drugcentral|hetionet|gmt FILE [--source NAME] | civic FILE [--include-submitted] | cbioportal STUDY_FOLDER | clinical FILE --mapping MAPPING.yaml | kgx KGX_FOLDER | all DATA_FOLDER | release RELEASE_FOLDER',
  );
  process.exit(2);
}
configOrExit('import');
const log = (m: string) => console.error(m);
try {
  await withDatabase(async (db) => {
    const importers: Record<string, () => Promise<Record<string, unknown>>> = {
      hgnc: () => importHgnc(db, file, log),
      dgidb: () => importDgidb(db, file, log),
      mirtarbase: () => importMirtarbase(db, file, log),
      gmt: () => importGmt(db, file, values.source!, log),
      civic: () => importCivic(db, file, log, { includeSubmitted: values['include-submitted'] }),
      cbioportal: () => importCbioportal(db, file, log),
      clinical: () => importClinical(db, file, values.mapping!, log),
      kgx: () => importKgx(db, file, log),
      drugcentral: () => importDrugcentral(db, file, log),
      hetionet: () => importHetionet(db, file, log),
      all: () => importAll(db, file, { progress: true }, log),
      release: () => loadRelease(db, file, log),
    };
    const result = await importers[format!]!();
    // What `meta { sources }` reports: which file of each public source is in the graph, and when.
    const base = (f: string) => f.split(/[\\/]/).pop()!;
    if (SOURCE_OF[format!]) await recordImport(db, SOURCE_OF[format!]!, base(file));
    if (format === 'all')
      for (const f of Object.keys((result as { imported: Record<string, unknown> }).imported)) {
        const source = SOURCE_OF[RECOGNISED.find((r) => r.pattern.test(f))?.name.split(' ')[0] ?? ''];
        if (source) await recordImport(db, source, f);
      }
    // Long lists (unknown genes) are in the log above; the summary line stays short.
    const short = (_k: string, v: unknown) =>
      Array.isArray(v) && v.length > 20 ? [...v.slice(0, 20), `… ${v.length - 20} more`] : v;
    console.log(JSON.stringify(result, short));
  });
} catch (err) {
  console.error(err instanceof ImportError ? err.message : err);
  process.exitCode = 1;
}
