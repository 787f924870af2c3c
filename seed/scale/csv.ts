/**
 * Writes a stream of scale records as CSV files in the layout Neo4j's offline importer reads
 * (`neo4j-admin database import full`): one header line per file, typed columns, an empty field for
 * an absent property. Files are appended in 1 MB chunks, so memory stays flat.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { labelOf } from '../../domain/kinds.js';
import type { ScaleRecord } from './generate.js';

const FILES = {
  publications: ['id:ID(Node)', ':LABEL', 'kind', 'name', 'title', 'year:int', 'synthetic:boolean'],
  entities: [
    'id:ID(Node)',
    ':LABEL',
    'kind',
    'name',
    'aliases:string[]',
    'searchText',
    'synthetic:boolean',
    'symbol',
    'idSources:string[]',
    'synonyms:string[]',
    'agentType',
    'approvalStatus',
    'xrefs:string[]',
    'interactionType',
  ],
  synonyms: [':ID(Synonym)', ':LABEL', 'key'],
  names: [':START_ID(Synonym)', ':END_ID(Node)', ':TYPE', 'rank:int', 'text'],
  statements: [
    'id:ID(Node)',
    ':LABEL',
    'predicate',
    'sign:int',
    'subjectId',
    'objectId',
    'interactionType',
    'mechanism',
    'belief:double',
    'contextDisease',
    'structural:boolean',
    'synthetic:boolean',
    'evidenceCount:int',
    'acceptedCount:int',
    'inTraversalGraph:boolean',
    'version:int',
    'createdAt:datetime',
  ],
  evidence: [
    'id:ID(Node)',
    ':LABEL',
    'statementId',
    'sourceId',
    'direction',
    'level',
    'modelSystem',
    'rating:int',
    'status',
    'curator',
    'synthetic:boolean',
    'version:int',
    'createdAt:datetime',
    'updatedAt:datetime',
  ],
  edges: [
    ':START_ID(Node)',
    ':END_ID(Node)',
    ':TYPE',
    'statementId',
    'sign:int',
    'belief:double',
    'evidenceCount:int',
    'interactionType',
    'mechanism',
    'disease',
    'position:int',
    'role',
  ],
} as const;
type FileName = keyof typeof FILES;

export interface CsvLayout {
  dir: string;
  nodes: string[];
  relationships: string[];
}

export interface CsvCounts {
  entities: number;
  statements: number;
  evidence: number;
  /** Relationships written (statement projections, SUBJECT/OBJECT, evidence links, names). */
  edges: number;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.length === 0 ? '' : cell(v.join(';'));
  if (typeof v === 'string') return `"${v.replaceAll('"', '""')}"`;
  return String(v);
}

class CsvFile {
  private fd: number;
  private buf = '';
  private readonly width: number;
  constructor(
    readonly file: string,
    header: readonly string[],
  ) {
    this.fd = openSync(file, 'w');
    this.buf = header.join(',') + '\n';
    this.width = header.length;
  }
  /** One row; missing trailing values are written as empty fields (the importer needs every column). */
  row(values: unknown[]): void {
    const cells = values.map(cell);
    while (cells.length < this.width) cells.push('');
    this.buf += cells.join(',') + '\n';
    if (this.buf.length > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf) writeSync(this.fd, this.buf);
    this.buf = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes every record; `onStatement` is called after each statement (for progress). */
export function writeCsv(records: Iterable<ScaleRecord>, dir: string, onStatement: () => void): CsvLayout & CsvCounts {
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(
    (Object.keys(FILES) as FileName[]).map((k) => [k, new CsvFile(path.join(dir, `${k}.csv`), FILES[k])]),
  ) as Record<FileName, CsvFile>;
  const now = new Date().toISOString();
  const counts: CsvCounts = { entities: 0, statements: 0, evidence: 0, edges: 0 };
  const edge = (values: unknown[]) => {
    files.edges.row(values);
    counts.edges++;
  };
  for (const r of records) {
    if (r.type === 'publication') {
      files.publications.row([r.id, 'Publication', 'PUBLICATION', r.props.name, r.props.title, r.props.year, true]);
    } else if (r.type === 'entity') {
      const p = r.row.props;
      files.entities.row([
        r.row.id,
        `Entity;${labelOf(r.row.kind)}`,
        r.row.kind,
        p.name,
        p.aliases,
        p.searchText,
        true,
        p.symbol,
        p.idSources,
        p.synonyms,
        p.agentType,
        p.approvalStatus,
        p.xrefs,
        p.interactionType,
      ]);
      counts.entities++;
      for (const n of r.names) {
        files.synonyms.row([n.key, 'Synonym', n.key]);
        files.names.row([n.key, r.row.id, 'NAMES', n.rank, n.text]);
        counts.edges++;
      }
    } else if (r.type === 'component') {
      edge([
        r.combination,
        r.drug,
        'HAS_COMPONENT',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.position,
        r.position === 0 ? 'BASE' : 'PARTNER',
      ]);
    } else {
      const s = r.row;
      const p = s.props;
      files.statements.row([
        s.id,
        'Statement',
        s.predicate,
        s.sign,
        s.subject,
        s.object,
        p.interactionType,
        p.mechanism,
        p.belief,
        p.contextDisease,
        p.structural,
        true,
        p.evidenceCount,
        p.acceptedCount,
        p.inTraversalGraph,
        1,
        now,
      ]);
      counts.statements++;
      edge([s.id, s.subject, 'SUBJECT']);
      edge([s.id, s.object, 'OBJECT']);
      const e = s.edgeProps;
      // A statement whose evidence was all rejected or retracted has no projected relationship.
      if (p.inTraversalGraph !== false)
        edge([
          s.subject,
          s.object,
          s.predicate,
          s.id,
          s.sign,
          e.belief,
          e.evidenceCount,
          e.interactionType,
          e.mechanism,
          e.disease,
        ]);
      for (const ev of r.evidence) {
        const q = ev.props;
        files.evidence.row([
          ev.id,
          'Evidence',
          ev.statementId,
          ev.source,
          ev.direction,
          q.level,
          q.modelSystem,
          q.rating,
          q.status,
          q.curator,
          true,
          1,
          now,
          now,
        ]);
        counts.evidence++;
        edge([ev.id, s.id, ev.direction]);
        edge([ev.id, ev.source, 'CITES']);
      }
      onStatement();
    }
  }
  for (const f of Object.values(files)) f.close();
  const file = (k: FileName) => files[k].file;
  return {
    dir,
    nodes: [file('publications'), file('entities'), file('synonyms'), file('statements'), file('evidence')],
    relationships: [file('names'), file('edges')],
    ...counts,
  };
}
