/**
 * The ceiling's per-scenario handlers: `(tx, input) => data`, where data is exactly the `data` our
 * GraphQL service returns for the scenario's operation in bench/scenarios.ts (same field names,
 * nesting, order and numbers). Each runs hand-written Cypher (db/ceiling.queries.ts; for
 * resistance paths our own best-first search and its queries, db/path.repo.ts) inside the one read transaction the server opens, and
 * the same pure domain/ functions ours uses. Where ours answers with an error (an unknown drug,
 * a gene outside the cohort panel), the handler returns the `data` ours returns with it.
 *
 * The operations' fixed arguments (page sizes, depth, limits, hops) are the constants below.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  CEILING_AGENTS_TARGETING,
  CEILING_BACKED_COMBINATIONS,
  CEILING_GENE_BY_KEY,
  CEILING_NEIGHBORHOOD_2,
  CEILING_NESTED_TARGETS,
  CEILING_NODE_NAMES,
  CEILING_RESOLVE,
  CEILING_SEARCH,
  CEILING_SURVIVAL,
} from '../../db/ceiling.queries.js';
import { bestResistancePaths, type Reader } from '../../db/path.repo.js';
import { analyseSurvival, type PatientRow } from '../../domain/cohort-analysis.js';
import { rankCandidates, type EvidenceLike } from '../../domain/combinations.js';
import { nameKey } from '../../domain/names.js';
import type { ScoredPath } from '../../domain/paths.js';
import { EXACT_ALIAS, EXACT_PRIMARY, FULLTEXT_MAX, toLuceneQuery } from '../../domain/search.js';
import { assemble, displayLabel, type Candidate, type SubgraphNode } from '../../domain/subgraph.js';
import type { ScenarioInput, ScenarioName } from '../scenarios.js';

type Row = Record<string, unknown>;
export type Handler = (tx: ManagedTransaction, input: ScenarioInput) => Promise<unknown>;

/** The input does not name what the scenario needs (HTTP 400). */
export class BadInput extends Error {}

// The fixed arguments of the operations in bench/scenarios.ts.
const TARGETS_FIRST = 10;
const EVIDENCE_FIRST = 3;
const SEARCH_FIRST = 10;
const SEARCH_MAX_QUERY = 200; // resolvers/search.resolver.ts
const NEIGHBORHOOD_LIMIT = 150;
const PATH_MAX_HOPS = 4;
const PATHS_FIRST = 10;
const COMBINATIONS_FIRST = 10;
/** Best resistance paths inferred combination partners are drawn from (resolvers/combination-therapy.resolver.ts). */
const RATIONALE_PATHS = 100;

async function rows(tx: ManagedTransaction, cypher: string, params: Row): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => r.toObject() as Row);
}

function text(input: ScenarioInput, field: 'text' | 'id' | 'cohort'): string {
  const value = input[field];
  if (typeof value !== 'string') throw new BadInput(`${field}: a string is required`);
  return value;
}

// geneByAlias: gene(symbol) { id symbol name aliases }

const geneByAlias: Handler = async (tx, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null }; // ours: BAD_USER_INPUT, data { gene: null }
  const [row] = await rows(tx, CEILING_GENE_BY_KEY, { key });
  const g = row?.gene as Row | undefined;
  return { gene: g ? { id: g.id, symbol: g.symbol, name: g.name, aliases: g.aliases } : null };
};

// nestedTargets: gene(symbol) { id symbol targetedBy(first: 10) { totalCount edges { node { id name }
//   interactionType sign belief statement { id evidence(first: 3) { edges { node { id level modelSystem rating } } } } } } }

interface NestedEdge {
  agent: Row;
  interactionType: string | null;
  sign: number;
  belief: number | null;
  statementId: string | null;
  evidence: Row[];
}

const nestedTargets: Handler = async (tx, input) => {
  const key = nameKey(text(input, 'text'));
  if (!key) return { gene: null };
  const [row] = await rows(tx, CEILING_NESTED_TARGETS, {
    key,
    first: neo4j.int(TARGETS_FIRST),
    evidenceFirst: neo4j.int(EVIDENCE_FIRST),
  });
  if (!row) return { gene: null };
  return {
    gene: {
      id: row.id,
      symbol: row.symbol,
      targetedBy: {
        totalCount: row.total,
        edges: (row.edges as NestedEdge[]).map((e) => ({
          node: { id: e.agent.id, name: e.agent.name },
          interactionType: e.interactionType ?? null,
          sign: e.sign,
          belief: e.belief ?? 0,
          statement:
            e.statementId === null
              ? null
              : {
                  id: e.statementId,
                  evidence: {
                    edges: e.evidence.map((ev) => ({
                      node: { id: ev.id, level: ev.level, modelSystem: ev.modelSystem, rating: ev.rating },
                    })),
                  },
                },
        })),
      },
    },
  };
};

// search: search(query, first: 10) { score matchType node { id name kind } }

interface Hit {
  score: number;
  matchType: 'EXACT' | 'FULLTEXT';
  node: { id: string; name: unknown; kind: unknown };
}

const search: Handler = async (tx, input) => {
  const query = text(input, 'text').trim();
  if (query.length === 0 || query.length > SEARCH_MAX_QUERY) return null; // ours: BAD_USER_INPUT, data null
  const [row] = await rows(tx, CEILING_SEARCH, {
    key: nameKey(query),
    lucene: toLuceneQuery(query),
    exactLimit: neo4j.int(SEARCH_FIRST),
    fulltextLimit: neo4j.int(SEARCH_FIRST * 2),
  });
  const exact = row!.exact as { id: string; name: unknown; kind: unknown; rank: number }[];
  const fulltext = row!.fulltext as { id: string; name: unknown; kind: unknown; score: number }[];
  // The merge of resolvers/search.resolver.ts: exact first, then full-text scaled to FULLTEXT_MAX
  // (ours also picks each hit's matched name, which this operation does not ask for).
  const hits: Hit[] = [];
  const seen = new Set<string>();
  for (const e of exact) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    hits.push({
      score: e.rank === 0 ? EXACT_PRIMARY : EXACT_ALIAS,
      matchType: 'EXACT',
      node: { id: e.id, name: e.name, kind: e.kind },
    });
  }
  const best = Math.max(...fulltext.map((f) => f.score), 1e-9);
  for (const f of fulltext) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const score = Math.round(((FULLTEXT_MAX * f.score) / best) * 1000) / 1000;
    hits.push({ score, matchType: 'FULLTEXT', node: { id: f.id, name: f.name, kind: f.kind } });
  }
  hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1));
  return { search: hits.slice(0, SEARCH_FIRST) };
};

// neighborhood: neighborhood(ids: [$id], depth: 2, limit: 150) { truncated nodes { id kind name depth }
//   edges { id source target predicate sign belief } }

interface HopItem {
  edge: Candidate['edge'];
  node: Row;
}
interface HopRow {
  items: HopItem[];
  degree: number;
}

const info = (n: Row): Omit<SubgraphNode, 'depth'> => ({
  id: n.id as string,
  label: displayLabel(n as { id: string }),
  kind: n.kind as string,
  name: String(n.name ?? n.id),
});

const neighborhood: Handler = async (tx, input) => {
  const id = text(input, 'id').trim();
  const limit = NEIGHBORHOOD_LIMIT;
  const [row] = await rows(tx, CEILING_NEIGHBORHOOD_2, {
    id,
    minBelief: 0,
    perNode: neo4j.int(limit),
    limit: neo4j.int(limit),
  });
  if (!row) return null; // ours: NOT_FOUND, data null
  const second = new Map((row.second as (HopRow & { id: string })[]).map((r) => [r.id, r]));
  // The walk of resolvers/neighborhood.resolver.ts for depth 2 and one seed.
  const nodeInfo = new Map<string, Omit<SubgraphNode, 'depth'>>();
  const seeds = [{ ...info(row.node as Row), depth: 0 }];
  seeds.forEach((s) => nodeInfo.set(s.id, s));
  const candidates: Candidate[] = [];
  const expanded = new Set([id]);
  let truncated = false;
  let hop: HopRow[] = [row as unknown as HopRow];
  for (let d = 1; d <= 2; d++) {
    const next: string[] = [];
    for (const r of hop) {
      if (r.degree > r.items.length) truncated = true;
      for (const item of r.items) {
        const nid = item.node.id as string;
        candidates.push({ edge: item.edge, depth: d });
        if (!nodeInfo.has(nid)) nodeInfo.set(nid, info(item.node));
        if (!expanded.has(nid)) {
          expanded.add(nid);
          next.push(nid);
        }
      }
    }
    if (d === 2 || next.length === 0) break;
    if (next.length > limit) truncated = true;
    hop = next.slice(0, limit).map((nid) => {
      const r = second.get(nid);
      if (!r) throw new Error(`neighborhood: no second hop for ${nid}`);
      return r;
    });
  }
  const result = assemble(seeds, candidates, nodeInfo, limit);
  return {
    neighborhood: {
      truncated: truncated || result.truncated,
      nodes: result.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, depth: n.depth })),
      edges: result.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        predicate: e.predicate,
        sign: e.sign,
        belief: e.belief,
      })),
    },
  };
};

// Entity resolution of traversal arguments (resolvers/args.ts requireEntity).

async function resolveDrugAndDisease(
  tx: ManagedTransaction,
  input: ScenarioInput,
): Promise<{ drug: string; disease: string | null } | null> {
  const drugRef = text(input, 'id');
  const diseaseRef = input.disease;
  if (diseaseRef != null && typeof diseaseRef !== 'string') throw new BadInput('disease: a string or null');
  const ref = (r: string, kind: string) => ({ id: r.trim(), key: nameKey(r) || null, kind });
  const refs = [ref(drugRef, 'DRUG')];
  if (diseaseRef) refs.push(ref(diseaseRef, 'DISEASE'));
  const found = await rows(tx, CEILING_RESOLVE, { refs });
  const drug = found[0]?.id as string | null;
  const disease = diseaseRef ? (found[1]?.id as string | null) : null;
  if (!drug || (diseaseRef && !disease)) return null; // ours: NOT_FOUND, data null
  return { drug, disease };
}

/** Our best-first search, its queries run in this transaction. */
function resistanceSearch(tx: ManagedTransaction, drug: string, disease: string | null, first: number) {
  const read: Reader = (cypher, params) => rows(tx, cypher, params);
  return bestResistancePaths(read, { drug, disease, maxHops: PATH_MAX_HOPS, minBelief: 0, first });
}

// resistancePaths: resistancePaths(drug, disease, maxHops: 4, first: 10) { sign score hops truncated
//   nodes { id name } edges { source target predicate sign belief } }

const resistancePaths: Handler = async (tx, input) => {
  const resolved = await resolveDrugAndDisease(tx, input);
  if (!resolved) return null;
  const ranked = await resistanceSearch(tx, resolved.drug, resolved.disease, PATHS_FIRST);
  const ids = [...new Set(ranked.flatMap((p) => p.nodes))];
  const names = new Map(
    ids.length ? (await rows(tx, CEILING_NODE_NAMES, { ids })).map((r) => [r.id as string, r.name]) : [],
  );
  return {
    resistancePaths: ranked.map((p: ScoredPath) => ({
      sign: p.sign,
      score: p.score,
      hops: p.hops,
      truncated: false,
      nodes: p.nodes.map((id) => ({ id, name: names.get(id) })),
      edges: p.edges.map((e) => ({
        source: e.source,
        target: e.target,
        predicate: e.predicate,
        sign: e.sign,
        belief: e.belief,
      })),
    })),
  };
};

// combinationTherapies: combinationTherapies(drug, disease, first: 10) { partner { id name } basis score
//   bestLevel rationale { sign score } }

type Entity = { id: string; name?: unknown };

const combinationTherapies: Handler = async (tx, input) => {
  const resolved = await resolveDrugAndDisease(tx, input);
  if (!resolved) return null;
  const { drug, disease } = resolved;
  // Both queries go out together (the driver pipelines them in the transaction).
  const [backed, paths] = await Promise.all([
    rows(tx, CEILING_BACKED_COMBINATIONS, { drug, disease }),
    resistanceSearch(tx, drug, disease, RATIONALE_PATHS),
  ]);
  const starts = [...new Set(paths.filter((p) => p.sign === 1).map((p) => p.nodes[0]!))];
  const targeting = starts.length ? await rows(tx, CEILING_AGENTS_TARGETING, { drug, targets: starts }) : [];
  const candidates = rankCandidates<Entity, EvidenceLike>({
    drugId: drug,
    backed: backed as never,
    targeting: targeting as never,
    paths,
    includeInferred: true,
    first: COMBINATIONS_FIRST,
  });
  return {
    combinationTherapies: candidates.map((c) => ({
      partner: { id: c.partner.id, name: c.partner.name },
      basis: c.basis,
      score: c.score,
      bestLevel: c.bestLevel,
      rationale: c.rationale.map((p) => ({ sign: p.sign, score: p.score })),
    })),
  };
};

// survival: cohort(id) { survival(gene, split: MEDIAN, endpoint: OS) { cutPoints excluded
//   groups { label n events medianSurvival } logRank { chiSquare pValue } cox { hazardRatio pValue } } }

const clean = (v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v);

const survival: Handler = async (tx, input) => {
  const cohort = text(input, 'cohort');
  const gene = text(input, 'text');
  const [row] = await rows(tx, CEILING_SURVIVAL, { cohort, geneId: gene.trim(), geneKey: nameKey(gene) || null });
  if (!row) return { cohort: null };
  // ours: an unknown gene is NOT_FOUND, one outside the panel BAD_USER_INPUT; either way cohort: null.
  if (!row.measured) return { cohort: null };
  const vector = row.vector as { patientIds: string[]; values: number[] } | null;
  const value = new Map<string, number | null>();
  vector?.patientIds.forEach((id, i) => value.set(id, clean(vector.values[i]) as number | null));
  const patients = (row.patients as Row[]).map((p) => ({ ...p, value: value.get(p.id as string) ?? null }));
  const r = analyseSurvival(patients as unknown as PatientRow[], 'MEDIAN', undefined, 'OS');
  return {
    cohort: {
      survival: {
        cutPoints: r.cutPoints,
        excluded: r.excluded,
        groups: r.groups.map((g) => ({ label: g.label, n: g.n, events: g.events, medianSurvival: g.medianSurvival })),
        logRank: r.logRank ? { chiSquare: r.logRank.chiSquare, pValue: r.logRank.pValue } : null,
        cox: r.cox ? { hazardRatio: r.cox.hazardRatio, pValue: r.cox.pValue } : null,
      },
    },
  };
};

export const HANDLERS: Record<ScenarioName, Handler> = {
  geneByAlias,
  nestedTargets,
  search,
  neighborhood,
  resistancePaths,
  combinationTherapies,
  survival,
};
