/**
 * Hetionet v1.0 (dhimmel/integrate; docs/import-export.md has the licences): the node table
 * (`id name kind`, e.g. `Gene::2625`), the edge sample in SIF (`source metaedge target`, gzipped)
 * and the open compound-binds-gene table. Node kinds and edge types the graph has a kind or
 * predicate for are loaded (HETIONET_KINDS, HETIONET_EDGES); the rest are counted and skipped.
 * Hetionet's edges are a sample of a real graph's shape, not curated knowledge: each is one
 * ACCEPTED evidence record of level E, rating 1, citing Hetionet.
 */
import type { Database } from '../../db/database.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import { SOURCES } from '../../domain/sources.js';
import type { Mechanism, NodeKind, Predicate } from '../../domain/vocabulary.js';
import { targetRow } from './drugcentral.js';
import { writeDrugTargets, type DrugTargetRow } from './drug-targets.js';
import { ImportError, cell, columns, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

/** Hetionet node kinds the graph has, and the CURIE of a Hetionet id's local part. */
export const HETIONET_KINDS: Record<string, { kind: NodeKind; curie: (local: string) => string }> = {
  Gene: { kind: 'GENE', curie: (l) => `NCBIGene:${l}` },
  Compound: { kind: 'DRUG', curie: (l) => `DRUGBANK:${l}` },
  Disease: { kind: 'DISEASE', curie: (l) => l }, // DOID:...
  'Biological Process': { kind: 'PROCESS', curie: (l) => l }, // GO:...
  // Pathway Commons and WikiPathways ids as Hetionet versions them: the project's prefix.
  Pathway: { kind: 'PATHWAY', curie: (l) => `RESISTKG:hetionet-pathway-${l}` },
  'Pharmacologic Class': { kind: 'DRUG_CLASS', curie: (l) => `RESISTKG:hetionet-class-${l}` },
};

/**
 * Hetionet edge types the graph has a predicate for (subject first as the graph reads it). CbG
 * (binding) comes from the open compound-binds-gene table instead; Gr>G has no sign, so it is skipped.
 */
export const HETIONET_EDGES: Record<
  string,
  { predicate: Predicate; sign: 1 | -1; mechanism?: Mechanism; reverse?: boolean }
> = {
  GpPW: { predicate: 'PARTICIPATES_IN', sign: 1 },
  GpBP: { predicate: 'PARTICIPATES_IN', sign: 1 },
  CuG: { predicate: 'REGULATES', sign: 1, mechanism: 'EXPRESSION' },
  CdG: { predicate: 'REGULATES', sign: -1, mechanism: 'EXPRESSION' },
  PCiC: { predicate: 'MEMBER_OF', sign: 1, reverse: true },
  DaG: { predicate: 'ASSOCIATED_WITH', sign: 1, reverse: true },
};

const SOURCE_ID = 'RESISTKG:src-hetionet';
const sourcePublication = {
  id: SOURCE_ID,
  props: { title: SOURCES.hetionet.name, name: SOURCES.hetionet.name, url: SOURCES.hetionet.url },
};

function split(id: string): { type: string; local: string } | null {
  const at = id.indexOf('::');
  return at > 0 ? { type: id.slice(0, at), local: id.slice(at + 2) } : null;
}

/** Which Hetionet file this is, by its header. */
export function hetionetFileKind(header: string): 'nodes' | 'edges' | 'binds' | null {
  const h = header.trim().toLowerCase();
  if (h === 'id\tname\tkind') return 'nodes';
  if (h === 'source\tmetaedge\ttarget') return 'edges';
  if (h.startsWith('drugbank_id\tentrez_gene_id')) return 'binds';
  return null;
}

export async function importHetionet(
  db: Database,
  path: string,
  log: Progress = () => undefined,
): Promise<Record<string, number | Record<string, number>>> {
  for await (const [, line] of readLines(path, log)) {
    const kind = hetionetFileKind(line);
    if (kind === 'nodes') return importNodes(db, path, log);
    if (kind === 'edges') return importEdges(db, path, log);
    if (kind === 'binds') return importBinds(db, path, log);
    break;
  }
  throw new ImportError(path, ['line 1: not a Hetionet nodes, SIF edges or compound-binds-gene file']);
}

async function importNodes(db: Database, path: string, log: Progress) {
  const started = Date.now();
  log(`hetionet: reading nodes ${path}`);
  const problems: string[] = [];
  const rows: { line: number; kind: NodeKind; id: string; name: string; hetionetId: string }[] = [];
  const skipped: Record<string, number> = {};
  for await (const [n, line] of readLines(path, log)) {
    if (n === 1 || !line.trim()) continue;
    const [id = '', name = '', type = ''] = line.split('\t');
    const parts = split(id);
    if (!parts || !name.trim()) {
      problems.push(`line ${n}: expected id (Kind::local), name and kind, got ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    const spec = HETIONET_KINDS[type];
    if (!spec) {
      skipped[type] = (skipped[type] ?? 0) + 1;
      continue;
    }
    rows.push({ line: n, kind: spec.kind, id: spec.curie(parts.local), name: name.trim(), hetionetId: id });
  }
  if (problems.length) throw new ImportError(path, problems);
  const batch: ImportBatch = { entities: [], synonyms: [], publications: [], statements: [], evidence: [] };
  let linked = 0;
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const ofKind = rows.filter((r) => r.kind === kind);
    const existing = await resolveExisting(
      db,
      kind,
      ofKind.map((r) => r.id),
    );
    for (const r of ofKind) {
      if (existing.has(r.id)) {
        linked++;
        continue;
      }
      const extra: Record<string, unknown> = { source: SOURCES.hetionet.name, hetionetId: r.hetionetId };
      if (kind === 'GENE') Object.assign(extra, { symbol: r.name, entrezId: r.id.slice(9) });
      if (kind === 'DRUG')
        Object.assign(extra, {
          synonyms: [r.name],
          drugbankId: r.id.slice(9),
          agentType: 'UNSPECIFIED',
          approvalStatus: 'EXPERIMENTAL',
        });
      const [e, s] = newEntity(kind, r.id, kind === 'DRUG' ? r.name.toLowerCase() : r.name, [], extra, {
        aliases: [r.hetionetId],
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
  }
  await writeImport(db, batch, log, 'hetionet');
  const summary = { nodes: rows.length, newEntities: batch.entities.length, linked, skippedKinds: skipped };
  log(`hetionet: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}

async function importEdges(db: Database, path: string, log: Progress) {
  const started = Date.now();
  log(`hetionet: reading edges ${path}`);
  const problems: string[] = [];
  const rows: {
    line: number;
    source: string;
    target: string;
    sourceKind: NodeKind;
    targetKind: NodeKind;
    metaedge: string;
  }[] = [];
  const skipped: Record<string, number> = {};
  for await (const [n, line] of readLines(path, log)) {
    if (n === 1 || !line.trim()) continue;
    const [source = '', metaedge = '', target = ''] = line.split('\t');
    const s = split(source);
    const t = split(target);
    if (!s || !t || !metaedge) {
      problems.push(`line ${n}: expected source, metaedge and target, got ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    if (!HETIONET_EDGES[metaedge] || !HETIONET_KINDS[s.type] || !HETIONET_KINDS[t.type]) {
      skipped[metaedge] = (skipped[metaedge] ?? 0) + 1;
      continue;
    }
    rows.push({
      line: n,
      source: HETIONET_KINDS[s.type]!.curie(s.local),
      target: HETIONET_KINDS[t.type]!.curie(t.local),
      sourceKind: HETIONET_KINDS[s.type]!.kind,
      targetKind: HETIONET_KINDS[t.type]!.kind,
      metaedge,
    });
  }
  if (problems.length) throw new ImportError(path, problems);
  // Ends are found by id or Hetionet id among what the graph has (load the node table first).
  const ends = new Map<string, string>();
  const byKind = new Map<NodeKind, Set<string>>();
  for (const r of rows)
    for (const [id, kind] of [
      [r.source, r.sourceKind],
      [r.target, r.targetKind],
    ] as const)
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(id));
  for (const [kind, ids] of byKind)
    (await resolveExisting(db, kind, [...ids])).forEach((id, name) => ends.set(name, id));
  const batch: ImportBatch = {
    entities: [],
    synonyms: [],
    publications: [sourcePublication],
    statements: [],
    evidence: [],
  };
  const statements = new Map<string, StatementRow>();
  const evidence: EvidenceRow[] = [];
  let missingEnds = 0;
  for (const r of rows) {
    const spec = HETIONET_EDGES[r.metaedge]!;
    const a = ends.get(r.source);
    const b = ends.get(r.target);
    if (!a || !b) {
      missingEnds++;
      continue;
    }
    const [subject, object] = spec.reverse ? [b, a] : [a, b];
    const id = `RESISTKG:stmt-hetionet-${stableHash(`${subject}|${spec.predicate}|${object}|${spec.sign}`)}`;
    if (statements.has(id)) continue;
    statements.set(id, {
      id,
      subject,
      predicate: spec.predicate,
      object,
      sign: spec.sign,
      props: { mechanism: spec.mechanism ?? null, tier: 'IMPORT', factKeys: [], source: SOURCES.hetionet.name },
      edgeProps: { interactionType: null, mechanism: spec.mechanism ?? null, disease: null },
    });
    evidence.push({
      id: id.replace(':stmt-', ':ev-'),
      statementId: id,
      source: SOURCE_ID,
      direction: 'SUPPORTS',
      props: {
        sentence: `Hetionet v1.0 edge ${r.metaedge}: ${r.source} → ${r.target} (line ${r.line}).`,
        level: 'E',
        modelSystem: 'COMPUTATIONAL',
        rating: 1,
        status: 'ACCEPTED',
        curator: 'import:hetionet',
        significance: null,
      },
    });
  }
  batch.statements = [...statements.values()];
  batch.evidence = evidence;
  await writeImport(db, batch, log, 'hetionet');
  const summary = { rows: rows.length, statements: batch.statements.length, missingEnds, skippedEdgeTypes: skipped };
  log(`hetionet: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}

const BINDS_COLUMNS = {
  drug: { names: ['drugbank_id'], required: true },
  gene: { names: ['entrez_gene_id'], required: true },
  sources: { names: ['sources'], required: true },
  pmids: { names: ['pubmed_ids'], required: true },
  actions: { names: ['actions'], required: true },
  affinity: { names: ['affinity_nm'], required: false },
  license: { names: ['license'], required: false },
};

async function importBinds(db: Database, path: string, log: Progress) {
  const started = Date.now();
  log(`hetionet: reading compound-binds-gene ${path}`);
  const rows: DrugTargetRow[] = [];
  const problems: string[] = [];
  let index: ReturnType<typeof columns<keyof typeof BINDS_COLUMNS>> | undefined;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, BINDS_COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const c = line.split('\t');
    const affinity = cell(c, index.affinity);
    const licence = cell(c, index.license);
    const note = [affinity && `affinity ${affinity} nM`, licence && `licence ${licence}`].filter(Boolean).join('; ');
    const row = targetRow(
      n,
      cell(c, index.gene),
      cell(c, index.drug),
      null,
      cell(c, index.actions),
      cell(c, index.pmids),
      cell(c, index.sources),
      note || null,
      problems,
    );
    if (row) rows.push(row);
  }
  if (problems.length) throw new ImportError(path, problems);
  const summary = await writeDrugTargets(db, rows, SOURCES.hetionet, 'hetionet', log);
  log(`hetionet: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
