/**
 * Writes the graph as KGX JSON Lines (docs/import-export.md): DIR/nodes.jsonl, DIR/edges.jsonl
 * (sorted by id, so two exports of the same graph are the same files) and DIR/graph-metadata.json
 * (the knowledge sources with their licences). Only ACCEPTED evidence is exported unless
 * allEvidence is set.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Database } from '../../db/database.js';
import { exportNodes, exportStatements } from '../../db/export.repo.js';
import { OWN_PREFIXES, toKgxEdge, toKgxNode } from '../../domain/kgx.js';
import { SOURCES } from '../../domain/sources.js';
import { NODE_KIND } from '../../domain/vocabulary.js';
import type { Progress } from '../importers/lines.js';

export interface KgxExportSummary {
  nodes: number;
  edges: number;
  statements: number;
  /** Statements left out because none of their evidence is accepted. */
  skippedStatements: number;
}

async function writeLines(file: string, pages: AsyncIterable<string[]>): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for await (const lines of pages) {
    for (const line of lines) {
      n++;
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return n;
}

export async function exportKgx(
  db: Database,
  dir: string,
  opts: { allEvidence?: boolean } = {},
  log: Progress = () => undefined,
): Promise<KgxExportSummary> {
  mkdirSync(dir, { recursive: true });
  const allEvidence = opts.allEvidence ?? false;
  const nodes = await writeLines(
    path.join(dir, 'nodes.jsonl'),
    (async function* () {
      let n = 0;
      for await (const page of exportNodes(db, NODE_KIND.values)) {
        yield page.map((p) => JSON.stringify(toKgxNode(p)));
        log(`kgx: ${(n += page.length).toLocaleString('en')} nodes`);
      }
    })(),
  );
  let statements = 0;
  let skippedStatements = 0;
  const edges = await writeLines(
    path.join(dir, 'edges.jsonl'),
    (async function* () {
      for await (const page of exportStatements(db, allEvidence)) {
        const lines: string[] = [];
        for (const { statement, evidence, total } of page) {
          if (evidence.length === 0 && total > 0) {
            skippedStatements++;
            continue;
          }
          statements++;
          const records = evidence.length ? evidence : [null];
          for (const e of records) lines.push(JSON.stringify(toKgxEdge({ statement, evidence: e })));
        }
        yield lines;
        log(`kgx: ${statements.toLocaleString('en')} statements`);
      }
    })(),
  );
  const metadata = {
    name: 'resistkg',
    format: 'KGX JSON Lines',
    evidence: allEvidence ? 'all' : 'ACCEPTED only',
    // The graph's own prefixes, which the Biolink Model's prefix map lacks (a KGX prefix map).
    curie_map: OWN_PREFIXES,
    sources: Object.values(SOURCES),
  };
  writeFileSync(path.join(dir, 'graph-metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
  const summary = { nodes, edges, statements, skippedStatements };
  log(`kgx: wrote ${dir} ${JSON.stringify(summary)}`);
  return summary;
}
