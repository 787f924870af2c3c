/**
 * Checks that a baseline does the same work as ours: for each input, POSTs the scenario's GraphQL
 * operation to our service and the baseline's request to it (the ceiling: the input; @neo4j/graphql:
 * its operation, its answer put in our shape by bench/neo4j-graphql/answers.ts), and compares our
 * `data` with the baseline's (node:util isDeepStrictEqual, then the serialised key order). The
 * benchmark calls it for both baselines before measuring; a baseline that answers differently does
 * not count.
 *
 * As a command: node --import tsx bench/ceiling/equivalence.ts <oursUrl> <ceilingUrl> <inputs.json>
 * (the ceiling only)
 * (inputs.json: { "<scenario>": [ScenarioInput, ...], ... }); exits 1 on any mismatch.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { asOurData } from '../neo4j-graphql/answers.js';
import { neo4jGraphqlRequest } from '../neo4j-graphql/requests.js';
import { SCENARIOS, type ScenarioInput, type ScenarioName } from '../scenarios.js';
import { NEIGHBORHOOD_LIMIT } from './common.js';

export interface Mismatch {
  baseline: string;
  scenario: ScenarioName;
  input: ScenarioInput;
  /** Where the answers first differ, e.g. `data.gene.targetedBy.edges[2].belief: ours 0.5, ceiling 0.6`. */
  hint: string;
}

export interface EquivalenceOptions {
  /** Called with one line per scenario, e.g. `nestedTargets: 24/24 equal`. */
  log?: (line: string) => void;
}

const snippet = (v: unknown): string => {
  const s = v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/** The first place where two JSON values differ, as a short path and both values. */
export function firstDifference(ours: unknown, ceiling: unknown, path = 'data'): string | null {
  // (`ceiling` stands for whichever baseline is compared.)
  if (isDeepStrictEqual(ours, ceiling)) return null;
  if (Array.isArray(ours) && Array.isArray(ceiling)) {
    for (let i = 0; i < Math.min(ours.length, ceiling.length); i++) {
      const d = firstDifference(ours[i], ceiling[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}: ours has ${ours.length} items, ceiling ${ceiling.length}`;
  }
  if (
    ours !== null &&
    ceiling !== null &&
    typeof ours === 'object' &&
    typeof ceiling === 'object' &&
    !Array.isArray(ours) &&
    !Array.isArray(ceiling)
  ) {
    const a = ours as Record<string, unknown>;
    const b = ceiling as Record<string, unknown>;
    const missing = Object.keys(a).filter((k) => !(k in b));
    const extra = Object.keys(b).filter((k) => !(k in a));
    if (missing.length || extra.length)
      return `${path}: ceiling lacks [${missing.join(', ')}], has extra [${extra.join(', ')}]`;
    for (const k of Object.keys(a)) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ours ${snippet(ours)}, ceiling ${snippet(ceiling)}`;
}

async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

/** A baseline's answer to one input in our `data` shape, or null when it does not express the scenario. */
export type Baseline = {
  name: string;
  answer(scenario: ScenarioName, input: ScenarioInput): Promise<{ status: number; json: unknown } | null>;
};

/** The ceiling at its base URL as it printed it (`http://127.0.0.1:<port>`). */
export function ceilingBaseline(url: string): Baseline {
  const base = url.replace(/\/$/, '');
  return { name: 'ceiling', answer: (scenario, input) => postJson(`${base}/scenario/${scenario}`, input) };
}

/** @neo4j/graphql at its base URL, its `data` in our shape (a response with errors stays as it is). */
export function neo4jGraphqlBaseline(url: string): Baseline {
  const endpoint = `${url.replace(/\/$/, '')}/graphql`;
  return {
    name: '@neo4j/graphql',
    answer: async (scenario, input) => {
      const request = neo4jGraphqlRequest(scenario, input);
      if (!request) return null;
      const r = await postJson(endpoint, request);
      const body = r.json as { data?: unknown; errors?: unknown[] } | null;
      if (r.status !== 200 || !body || body.errors?.length)
        return { status: r.status === 200 ? 500 : r.status, json: body };
      return { status: 200, json: asOurData(scenario, body.data, NEIGHBORHOOD_LIMIT) };
    },
  };
}

/**
 * oursUrl: our GraphQL endpoint (`http://127.0.0.1:4000/graphql`; `/graphql` is added when missing).
 * Returns the mismatches (empty when every answer is identical).
 */
export async function checkEquivalence(
  oursUrl: string,
  baseline: Baseline,
  inputs: Partial<Record<ScenarioName, ScenarioInput[]>>,
  options: EquivalenceOptions = {},
): Promise<Mismatch[]> {
  const graphql = /\/graphql\/?$/.test(oursUrl) ? oursUrl : `${oursUrl.replace(/\/$/, '')}/graphql`;
  const mismatches: Mismatch[] = [];
  for (const scenario of SCENARIOS) {
    const list = inputs[scenario.name];
    if (!list || list.length === 0) continue;
    let equal = 0;
    let expressed = true;
    for (const input of list) {
      const [ours, first] = await Promise.all([
        postJson(graphql, { query: scenario.ours.query, variables: scenario.ours.variables(input) }),
        baseline.answer(scenario.name, input),
      ]);
      // The first query of a kind on a freshly started Neo4j (compiled while the other servers ask
      // too) has timed out on this shared machine; one second try tells that apart from a wrong query.
      const ceiling = first && first.status !== 200 ? await baseline.answer(scenario.name, input) : first;
      if (!ceiling) {
        expressed = false;
        break;
      }
      const body = (ours.json ?? {}) as { data?: unknown; errors?: { message?: string }[] };
      const oursData = body.data ?? null;
      const errors = body.errors?.length ? ` (ours had errors: ${body.errors[0]?.message ?? '?'})` : '';
      let hint: string | null;
      if (ceiling.status !== 200) {
        hint = `${baseline.name} answered HTTP ${ceiling.status}: ${snippet(ceiling.json)}`;
      } else if (ours.status !== 200 && !body.data) {
        hint = `ours answered HTTP ${ours.status}: ${snippet(ours.json)}`;
      } else {
        hint = firstDifference(oursData, ceiling.json);
        if (!hint && JSON.stringify(oursData) !== JSON.stringify(ceiling.json))
          hint = 'same values, different key order';
      }
      if (hint) mismatches.push({ baseline: baseline.name, scenario: scenario.name, input, hint: hint + errors });
      else equal++;
    }
    options.log?.(
      `${baseline.name} ${scenario.name}: ${expressed ? `${equal}/${list.length} equal` : 'not expressed'}`,
    );
  }
  return mismatches;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [oursUrl, ceilingUrl, file] = process.argv.slice(2);
  if (!oursUrl || !ceilingUrl || !file) {
    process.stderr.write('usage: equivalence.ts <oursUrl> <ceilingUrl> <inputs.json>\n');
    process.exit(2);
  }
  const inputs = JSON.parse(await readFile(file, 'utf8')) as Partial<Record<ScenarioName, ScenarioInput[]>>;
  const mismatches = await checkEquivalence(oursUrl, ceilingBaseline(ceilingUrl), inputs, {
    log: (l) => console.log(l),
  });
  for (const m of mismatches) console.log(`MISMATCH ${m.scenario} ${JSON.stringify(m.input)}: ${m.hint}`);
  process.exit(mismatches.length ? 1 : 0);
}
