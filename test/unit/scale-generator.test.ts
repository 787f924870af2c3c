import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../seed/scale/csv.js';
import { generateScale, type ScaleRecord } from '../../seed/scale/generate.js';
import { SCALES, type ScaleShape } from '../../seed/scale/shapes.js';
import { statementBelief, type WeighableEvidence } from '../../domain/belief.js';

const TINY: ScaleShape = {
  ...SCALES.small,
  name: 'small',
  genes: 300,
  mirnas: 20,
  drugs: 40,
  drugClasses: 5,
  pathways: 20,
  processes: 100,
  diseases: 30,
  cellLines: 5,
  publications: 50,
  combinations: 10,
};

function collect(shape: ScaleShape): ScaleRecord[] {
  return [...generateScale(shape)];
}

describe('scale generator', () => {
  it('is deterministic: the same shape gives the same records', () => {
    expect(JSON.stringify(collect(TINY))).toBe(JSON.stringify(collect(TINY)));
  });

  it('has the shape of a knowledge graph: hubs, 1–20 evidence per statement, beliefs as curation computes them', () => {
    const records = collect(TINY);
    const statements = records.filter((r) => r.type === 'statement');
    const ids = new Set(
      records.flatMap((r) => (r.type === 'entity' ? [r.row.id] : r.type === 'publication' ? [r.id] : [])),
    );
    const inDegree = new Map<string, number>();
    let outOfGraph = 0;
    for (const s of statements) {
      // Every statement joins entities that exist, with a closed predicate.
      expect(ids.has(s.row.subject) && ids.has(s.row.object)).toBe(true);
      inDegree.set(s.row.object, (inDegree.get(s.row.object) ?? 0) + 1);
      const n = s.evidence.length;
      if (s.row.props.structural) expect(n).toBe(0);
      else expect(n >= 1 && n <= 20).toBe(true);
      for (const e of s.evidence) expect(ids.has(e.source)).toBe(true);
      const weighable = s.evidence.map((e) => ({ ...e.props, direction: e.direction }) as unknown as WeighableEvidence);
      expect(s.row.props.belief).toBe(s.row.props.structural ? 1 : statementBelief(weighable));
      expect(s.row.edgeProps.belief).toBe(s.row.props.belief);
      // Out of the traversal graph exactly when every evidence record was rejected or retracted.
      const dead = n > 0 && s.evidence.every((e) => ['REJECTED', 'RETRACTED'].includes(e.props.status as string));
      expect(s.row.props.inTraversalGraph).toBe(!dead);
      if (dead) outOfGraph++;
    }
    expect(outOfGraph).toBeGreaterThan(0);
    const degrees = [...inDegree.values()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]!).toBeGreaterThan(median * 20); // a heavy tail, not a uniform graph
    // Regulation, targeting, membership and association are drawn without repeats per subject
    // (resistance statements may repeat a pair in another disease context, as curated ones do).
    const keys = statements
      .filter((s) => ['REGULATES', 'TARGETS', 'PARTICIPATES_IN', 'ASSOCIATED_WITH'].includes(s.row.predicate))
      .map((s) => `${s.row.subject}|${s.row.predicate}|${s.row.object}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('honours its shape: one entity per counted kind, one publication per counted source', () => {
    const records = collect(TINY);
    const perKind = new Map<string, number>();
    for (const r of records) if (r.type === 'entity') perKind.set(r.row.kind, (perKind.get(r.row.kind) ?? 0) + 1);
    expect(Object.fromEntries(perKind)).toEqual({
      GENE: TINY.genes,
      MIRNA: TINY.mirnas,
      DRUG: TINY.drugs,
      DRUG_CLASS: TINY.drugClasses,
      PATHWAY: TINY.pathways,
      PROCESS: TINY.processes,
      DISEASE: TINY.diseases,
      CELL_LINE: TINY.cellLines,
      COMBINATION: TINY.combinations,
    });
    expect(records.filter((r) => r.type === 'publication')).toHaveLength(TINY.publications);
  });
});

describe('CSV for the offline importer', () => {
  it('writes typed headers, quoted strings, and a field for every column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resistkg-csv-'));
    try {
      const out = writeCsv(generateScale(TINY), dir, () => undefined);
      const records = collect(TINY);
      const statements = records.filter((r) => r.type === 'statement');
      expect(out.statements).toBe(statements.length);
      expect(out.evidence).toBe(statements.reduce((n, s) => n + (s.type === 'statement' ? s.evidence.length : 0), 0));
      for (const file of [...out.nodes, ...out.relationships]) {
        const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
        const width = lines[0]!.split(',').length;
        // No field here contains a comma, so every line splits into exactly the header's columns.
        for (const line of lines.slice(1, 200)) expect(line.split(',').length).toBe(width);
      }
      const entities = readFileSync(path.join(dir, 'entities.csv'), 'utf8').split('\n');
      expect(entities[0]).toMatch(/^id:ID\(Node\),:LABEL,kind,name,aliases:string\[\]/);
      expect(entities[1]).toMatch(/^"RESISTKG:small-g0","Entity;Gene","GENE",/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
