/**
 * KGX JSON Lines (nodes.jsonl and edges.jsonl in a folder, as `npm run export -- kgx` writes them;
 * docs/import-export.md). Nodes become entities and publications, edges statements and their
 * evidence, with the statement and evidence properties the export wrote (domain/kgx.ts). The whole
 * graph is checked first (every line parsed, every category and predicate known, every edge's ends
 * in the file or the database) and refused with line numbers if anything is wrong; a reload changes
 * nothing, and curated records already in the database are never overwritten.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database.js';
import { existingIds } from '../../db/import.repo.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import { fromKgxEdge, fromKgxNode, toGraph, type KgxRecord } from '../../domain/kgx.js';
import { ImportError, readLines, type Progress } from './lines.js';
import { newEntity } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

async function* records(file: string, log: Progress): AsyncGenerator<[number, KgxRecord | string]> {
  for await (const [n, line] of readLines(file, log)) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      yield [n, v && typeof v === 'object' && !Array.isArray(v) ? (v as KgxRecord) : 'not a JSON object'];
    } catch {
      yield [n, 'not valid JSON'];
    }
  }
}

/** nodes.jsonl / edges.jsonl in a folder (or gzipped, or named *_nodes.jsonl as other KGX tools write them). */
export function kgxFiles(dir: string): { nodes: string; edges: string } | null {
  const find = (kind: string) =>
    [`${kind}.jsonl`, `${kind}.jsonl.gz`, `resistkg_${kind}.jsonl`].map((f) => path.join(dir, f)).find(existsSync);
  const nodes = find('nodes');
  const edges = find('edges');
  return nodes && edges ? { nodes, edges } : null;
}

export async function importKgx(
  db: Database,
  dir: string,
  log: Progress = () => undefined,
): Promise<Record<string, number>> {
  const started = Date.now();
  const files = kgxFiles(dir);
  if (!files) throw new ImportError(dir, ['no nodes.jsonl and edges.jsonl in this folder']);
  log(`kgx: reading ${files.nodes}`);
  const batch: ImportBatch = {
    entities: [],
    synonyms: [],
    publications: [],
    statements: [],
    evidence: [],
    components: [],
  };
  const problems: string[] = [];
  const ids = new Set<string>();
  for await (const [n, rec] of records(files.nodes, log)) {
    const node = typeof rec === 'string' ? rec : fromKgxNode(rec);
    if (typeof node === 'string') {
      problems.push(`${path.basename(files.nodes)} line ${n}: ${node}`);
      continue;
    }
    if (ids.has(node.id)) problems.push(`${path.basename(files.nodes)} line ${n}: ${node.id} appears twice`);
    ids.add(node.id);
    if (node.kind === 'PUBLICATION') {
      batch.publications.push({ id: node.id, props: { ...node.props, name: node.name } });
      continue;
    }
    const xref = Array.isArray((rec as KgxRecord).xref)
      ? ((rec as KgxRecord).xref as unknown[]).map((x) => String(toGraph(x)))
      : [];
    const primary = [node.name, typeof node.props.symbol === 'string' ? node.props.symbol : null].filter(
      (t): t is string => !!t,
    );
    const [e, s] = newEntity(node.kind, node.id, primary, node.aliases, node.props, { primary: xref });
    batch.entities.push(e);
    batch.synonyms.push(s);
    if (node.kind === 'COMBINATION' && Array.isArray(node.props.components))
      batch.components!.push({ id: node.id, components: node.props.components.map(String) });
  }
  log(`kgx: reading ${files.edges}`);
  const statements = new Map<string, StatementRow>();
  const evidence = new Map<string, EvidenceRow>();
  const ends = new Map<string, number>();
  for await (const [n, rec] of records(files.edges, log)) {
    const edge = typeof rec === 'string' ? rec : fromKgxEdge(rec);
    if (typeof edge === 'string') {
      problems.push(`${path.basename(files.edges)} line ${n}: ${edge}`);
      continue;
    }
    const s = edge.statement;
    for (const end of [s.subject, s.object]) if (!ids.has(end) && !ends.has(end)) ends.set(end, n);
    if (!statements.has(s.id))
      statements.set(s.id, {
        ...s,
        edgeProps: {
          interactionType: s.props.interactionType ?? null,
          mechanism: s.props.mechanism ?? null,
          disease: s.props.contextDisease ?? null,
        },
      });
    if (edge.evidence) {
      if (evidence.has(edge.evidence.id))
        problems.push(`${path.basename(files.edges)} line ${n}: ${edge.evidence.id} appears twice`);
      if (!ids.has(edge.evidence.source) && !ends.has(edge.evidence.source)) ends.set(edge.evidence.source, n);
      evidence.set(edge.evidence.id, edge.evidence);
    }
  }
  const known = await existingIds(db, [...ends.keys()]);
  for (const [id, n] of ends)
    if (!known.has(id))
      problems.push(`${path.basename(files.edges)} line ${n}: ${id} is neither a node of the file nor in the database`);
  if (problems.length) throw new ImportError(dir, problems);
  batch.statements = [...statements.values()];
  batch.evidence = [...evidence.values()];
  await writeImport(db, batch, log, 'kgx');
  const summary = {
    nodes: ids.size,
    statements: batch.statements.length,
    evidence: batch.evidence.length,
  };
  log(`kgx: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(summary)}`);
  return summary;
}
