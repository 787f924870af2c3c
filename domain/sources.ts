/**
 * The knowledge sources the graph is built from: the project's own curation and each public file an
 * importer reads. Each has an `infores:` id (the Biolink information-resource registry's, or the
 * project's own for resistkg), its licence and where it comes from; the KGX export credits them on
 * every node and edge and lists them in its metadata (docs/import-export.md).
 */
export interface KnowledgeSource {
  readonly name: string;
  readonly infores: string;
  readonly licence: string;
  readonly url: string;
}

export const SOURCES = {
  resistkg: {
    name: 'resistkg curation',
    infores: 'infores:resistkg',
    licence: 'not stated by the project; each curated statement cites its publication',
    url: 'urn:resistkg',
  },
  hgnc: {
    name: 'HGNC',
    infores: 'infores:hgnc',
    licence: 'freely available with no restrictions on use',
    url: 'https://www.genenames.org',
  },
  dgidb: { name: 'DGIdb', infores: 'infores:dgidb', licence: "DGIdb's terms (dgidb.org)", url: 'https://dgidb.org' },
  civic: {
    name: 'CIViC',
    infores: 'infores:civic',
    licence: 'CC0 1.0 (civicdb.org)',
    url: 'https://civicdb.org',
  },
  mirtarbase: {
    name: 'miRTarBase',
    infores: 'infores:mirtarbase',
    licence: "miRTarBase's terms (its download page)",
    url: 'https://mirtarbase.cuhk.edu.cn',
  },
  gmt: {
    name: 'Reactome',
    infores: 'infores:reactome',
    licence: 'CC0 (CC BY 4.0 for older releases)',
    url: 'https://reactome.org',
  },
  drugcentral: {
    name: 'DrugCentral',
    infores: 'infores:drugcentral',
    licence: 'CC BY 4.0: attribute DrugCentral',
    url: 'https://drugcentral.org',
  },
  hetionet: {
    name: 'Hetionet v1.0',
    infores: 'infores:hetionet',
    licence:
      "CC0 for Hetionet's own content; per-row licences of its sources (ChEMBL CC BY-SA 3.0, DrugCentral CC BY 4.0, BindingDB CC BY 3.0)",
    url: 'https://het.io',
  },
} as const satisfies Record<string, KnowledgeSource>;
export type SourceKey = keyof typeof SOURCES;

const BY_NAME = new Map<string, KnowledgeSource>(
  Object.entries(SOURCES).flatMap(([k, s]) => [
    [k, s],
    [s.name.toLowerCase(), s],
  ]),
);

/**
 * The source a record came from: an importer's curator tag (`import:dgidb`) or a `source` property
 * (`DGIdb`); anything else is the project's own curation.
 */
export function sourceOf(tag: unknown): KnowledgeSource {
  if (typeof tag !== 'string') return SOURCES.resistkg;
  const key = tag.replace(/^import:/, '').toLowerCase();
  return BY_NAME.get(key) ?? SOURCES.resistkg;
}

/** A public file imported into the graph (db/release.repo.ts records one per source). */
export interface ImportedSource {
  source: string;
  file: string;
  retrievedAt: string;
}

/** The sources a graph holds: the curation always, and each public source imported into it, with its file. */
export function sourcesInGraph(imports: readonly ImportedSource[]) {
  const imported = new Map(imports.map((i) => [i.source, i]));
  return Object.entries(SOURCES)
    .filter(([key]) => key === 'resistkg' || imported.has(key))
    .map(([key, s]) => ({
      name: s.name,
      infores: s.infores,
      licence: s.licence,
      url: s.url,
      file: imported.get(key)?.file ?? null,
      retrievedAt: imported.get(key)?.retrievedAt ?? null,
    }));
}
