/** The ceiling for the analyses: resistance paths, combination therapies and survival. */
import {
  CEILING_AGENTS_TARGETING,
  CEILING_BACKED_COMBINATIONS,
  CEILING_NODE_NAMES,
  CEILING_RESOLVE,
  CEILING_SURVIVAL_GENE,
  CEILING_SURVIVAL_PATIENTS,
  CEILING_SURVIVAL_VECTOR,
} from './queries.js';
import { bestResistancePaths, type Reader } from '../../db/path.repo.js';
import { survivalByExpression } from '../../domain/cohort-analysis.js';
import { alignedBytes, alignExpression } from '../../domain/expression-vector.js';
import { READ_GRAPH_VERSION } from '../../db/graph-version.queries.js';
import { COHORT_VECTOR_CACHE_BYTES, VersionedVectorCache } from '../../loaders/cohort.loader.js';
import { rankCandidates, type EvidenceLike } from '../../domain/combinations.js';
import { nameKey } from '../../domain/names.js';
import type { ScoredPath } from '../../domain/paths.js';
import type { ScenarioInput } from '../scenarios.js';
import {
  BadInput,
  text,
  type Handler,
  PATH_MAX_HOPS,
  PATHS_FIRST,
  COMBINATIONS_FIRST,
  RATIONALE_PATHS,
} from './common.js';

// Entity resolution of traversal arguments (resolvers/args.ts requireEntity).

async function resolveDrugAndDisease(
  read: Reader,
  input: ScenarioInput,
): Promise<{ drug: string; disease: string | null } | null> {
  const drugRef = text(input, 'id');
  const diseaseRef = input.disease;
  if (diseaseRef != null && typeof diseaseRef !== 'string') throw new BadInput('disease: a string or null');
  const ref = (r: string, kind: string) => ({ id: r.trim(), key: nameKey(r) || null, kind });
  const refs = [ref(drugRef, 'DRUG')];
  if (diseaseRef) refs.push(ref(diseaseRef, 'DISEASE'));
  const found = await read(CEILING_RESOLVE, { refs });
  const drug = found[0]?.id as string | null;
  const disease = diseaseRef ? (found[1]?.id as string | null) : null;
  if (!drug || (diseaseRef && !disease)) return null; // ours: NOT_FOUND, data null
  return { drug, disease };
}

/** Our best-first search (db/path.repo.ts), its queries run as the ceiling runs every query. */
function resistanceSearch(read: Reader, drug: string, disease: string | null, first: number) {
  return bestResistancePaths(read, { drug, disease, maxHops: PATH_MAX_HOPS, minBelief: 0, first });
}

// resistancePaths: resistancePaths(drug, disease, maxHops: 4, first: 10) { sign score hops truncated
//   nodes { id name } edges { source target predicate sign belief } }

export const resistancePaths: Handler = async (read, input) => {
  const resolved = await resolveDrugAndDisease(read, input);
  if (!resolved) return null;
  const ranked = await resistanceSearch(read, resolved.drug, resolved.disease, PATHS_FIRST);
  const ids = [...new Set(ranked.flatMap((p) => p.nodes))];
  const names = new Map(
    ids.length ? (await read(CEILING_NODE_NAMES, { ids })).map((r) => [r.id as string, r.name]) : [],
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

export const combinationTherapies: Handler = async (read, input) => {
  const resolved = await resolveDrugAndDisease(read, input);
  if (!resolved) return null;
  const { drug, disease } = resolved;
  // Both go out at once, each query in its own auto-commit transaction.
  const [backed, paths] = await Promise.all([
    read(CEILING_BACKED_COMBINATIONS, { drug, disease }),
    resistanceSearch(read, drug, disease, RATIONALE_PATHS),
  ]);
  const starts = [...new Set(paths.filter((p) => p.sign === 1).map((p) => p.nodes[0]!))];
  const targeting = starts.length ? await read(CEILING_AGENTS_TARGETING, { drug, targets: starts }) : [];
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

// survival: cohort(id) { survival(groupBy: { expression: { gene, split: MEDIAN } }, endpoint: "OS") { cutPoints excluded
//   groups { label n events medianSurvival } logRank { chiSquare pValue } cox { hazardRatio pValue } } }

const clean = (v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v);

/** As ours (loaders/cohort.loader.ts): decoded vectors cached by the graph version read first. */
const vectors = new VersionedVectorCache(COHORT_VECTOR_CACHE_BYTES);

export const survival: Handler = async (read, input) => {
  const cohort = text(input, 'cohort');
  const gene = text(input, 'text');
  // The gene check and the graph version at once; the OS columns as soon as the version is known
  // (they do not depend on the gene: ours reads them beside its gene check too), then the vector.
  const version = read(READ_GRAPH_VERSION, {}).then(([v]) => Number(v?.version ?? 0));
  const columns = version.then((v) =>
    vectors.get(
      v,
      `patients|${cohort}`,
      async () => (await read(CEILING_SURVIVAL_PATIENTS, { cohort }))[0] ?? null,
      (p) => ((p?.ids as string[] | undefined)?.length ?? 0) * 96,
    ),
  );
  const [[row], v] = await Promise.all([
    read(CEILING_SURVIVAL_GENE, { cohort, geneId: gene.trim(), geneKey: nameKey(gene) || null }),
    version,
  ]);
  // ours: an unknown cohort or gene is NOT_FOUND, one outside the panel BAD_USER_INPUT; either way cohort: null.
  if (!row?.measured) return { cohort: null };
  // The vector aligned with the patient order once, on a miss (as ours: a cached gene costs no query).
  const patients = await columns;
  const ids = (patients?.ids ?? []) as string[];
  const value = await vectors.get(
    v,
    `expression|${cohort}|${String(row.gene)}`,
    async () => {
      const [x] = await read(CEILING_SURVIVAL_VECTOR, { cohort, gene: row.gene });
      return alignExpression(ids, x?.patientIds as string[] | null, (x?.values ?? []) as number[]);
    },
    alignedBytes,
  );
  const times = (patients?.times ?? []) as number[];
  const events = (patients?.events ?? []) as number[];
  const subjects = ids.map((id, i) => ({
    id,
    time: clean(times[i]) as number | null,
    event: clean(events[i]) as number | null,
    value: value[i]!,
  }));
  // The selection has no curves or patient ids: as ours, they are not computed.
  const parts = { curves: false, patientIds: false, logRank: true, cox: true };
  const r = survivalByExpression(subjects, 'MEDIAN', undefined, parts);
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
