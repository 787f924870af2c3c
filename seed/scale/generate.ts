/**
 * A deterministic, streamed synthetic graph at any scale (grown from seed/synthetic.ts): records are
 * yielded one at a time, so memory stays flat however large the graph. Shape:
 * - targets of regulation, targeting and membership are drawn with a power law (u³), so the first
 *   genes become hubs with thousands of edges and most genes have a handful;
 * - out-degrees are Pareto-distributed around each family's mean;
 * - gene symbols come in families (a shared prefix, like SLC or ZNF) so typeahead prefixes are
 *   ambiguous the way real ones are; drugs have classes and code names, miRNAs aliases;
 * - each statement has 1–20 evidence records (heavy-tailed, mean about 1.5) with mixed levels,
 *   model systems, statuses and a few refutations, and its belief computed as curation would.
 * Every id starts with `RESISTKG:<scale>-`; every entity is flagged `synthetic: true`.
 */
import type { EntityRow, EvidenceRow, StatementRow, SynonymRow } from '../../db/seed.repo.js';
import { inTraversalGraph, statementBelief, type WeighableEvidence } from '../../domain/belief.js';
import {
  INTERACTION_TYPE,
  type AgentType,
  type ApprovalStatus,
  type CombinationType,
  type Direction,
  type EvidenceStatus,
  type InteractionType,
  type Mechanism,
  type Predicate,
} from '../../domain/vocabulary.js';
import { newEntity } from '../importers/resolve.js';
import { prng } from '../prng.js';
import type { ScaleShape } from './shapes.js';
import { ACTIONS, LEVELS, MECHANISMS, MODELS, STATUSES, type Weighted } from './tables.js';

export type ScaleRecord =
  | { type: 'publication'; id: string; props: Record<string, unknown> }
  | { type: 'entity'; row: EntityRow; names: SynonymRow['names'] }
  | { type: 'component'; combination: string; drug: string; position: number }
  | { type: 'statement'; row: StatementRow; evidence: EvidenceRow[] };

const SYLLABLES =
  'ba be bi bo da de di do fa fe fi ga ge go ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi ra re ri ro sa se si so ta te ti to va ve vi za ze zo'.split(
    ' ',
  );
const SUFFIXES = ['tinib', 'rafenib', 'ciclib', 'parib', 'lisib', 'mab', 'zumab', 'stat'];
const WORDS =
  'signal stress growth immune lipid kinase repair cycle adhesion transport autophagy apoptosis hypoxia stem metabolic'.split(
    ' ',
  );

export function* generateScale(shape: ScaleShape): Generator<ScaleRecord> {
  const rnd = prng(shape.seed);
  const ids = scaleIds(shape);
  const prefix = ids.prefix;
  const pickIndex = (n: number) => Math.floor(rnd() * n);
  /** Power-law pick: index 0 is the biggest hub. */
  const hubIndex = (n: number) => Math.floor(n * rnd() ** 3);
  const weighted = <T extends string>(table: Weighted<T>): T => {
    let u = rnd();
    for (const [v, p] of table) if ((u -= p) < 0) return v;
    return table[table.length - 1]![0];
  };
  /** Pareto-distributed out-degree with the given mean, at least 1. */
  const degree = (mean: number) =>
    Math.max(1, Math.min(Math.round(mean * 40), Math.round(mean / 2 / Math.sqrt(Math.max(rnd(), 1e-9)))));

  /** An entity and its names: id and primary names rank 0, aliases rank 1 (as importers do). */
  const entity = (
    kind: string,
    id: string,
    primary: string[],
    aliases: string[],
    extra: Record<string, unknown> = {},
  ): ScaleRecord => {
    const [row, synonyms] = newEntity(kind, id, primary, aliases, { synthetic: true, ...extra });
    return { type: 'entity', row, names: synonyms.names };
  };

  for (let i = 0; i < shape.publications; i++) {
    yield {
      type: 'publication',
      id: ids.publication(i),
      props: { name: `Synthetic study ${i}`, title: `Synthetic study ${i}`, year: 1995 + (i % 31), synthetic: true },
    };
  }

  // Gene symbols in families: a three-letter prefix shared by many genes, numbered within it.
  const families: string[] = [];
  const seenFamily = new Set<string>();
  while (families.length < Math.max(20, Math.round(shape.genes / 40))) {
    const f = Array.from({ length: 3 }, () => String.fromCharCode(65 + pickIndex(26))).join('');
    if (seenFamily.has(f)) continue;
    seenFamily.add(f);
    families.push(f);
  }
  const familyCount = new Map<string, number>();
  const geneSymbols: string[] = [];
  for (let i = 0; i < shape.genes; i++) {
    const fam = families[hubIndex(families.length)]!;
    const n = (familyCount.get(fam) ?? 0) + 1;
    familyCount.set(fam, n);
    const symbol = `${fam}${n}`;
    geneSymbols.push(symbol);
    const aliases = rnd() < 0.3 ? [`p${100 + i}`] : rnd() < 0.5 ? [`${fam}-${n}L`] : [];
    yield entity('GENE', ids.gene(i), [`synthetic ${fam} family member ${n}`, symbol], aliases, {
      symbol,
      idSources: ['synthetic'],
    });
  }
  for (let i = 0; i < shape.mirnas; i++) {
    const name = `hsa-miR-${10_000 + i}-5p`;
    yield entity('MIRNA', ids.mirna(i), [name], [`miR-${10_000 + i}`]);
  }
  for (let i = 0; i < shape.drugClasses; i++)
    yield entity('DRUG_CLASS', ids.drugClass(i), [`synthetic class ${WORDS[i % WORDS.length]} ${i}`], []);
  for (let i = 0; i < shape.drugs; i++) {
    const s = SYLLABLES.length;
    const name = `${SYLLABLES[i % s]}${SYLLABLES[Math.floor(i / s) % s]}${SUFFIXES[Math.floor(i / (s * s)) % SUFFIXES.length]}${i >= s * s * SUFFIXES.length ? i : ''}`;
    const code = `SYN-${1000 + i}`;
    yield entity('DRUG', ids.drug(i), [name], [code], {
      synonyms: [code],
      agentType: (name.endsWith('mab') ? 'ANTIBODY' : 'SMALL_MOLECULE') satisfies AgentType,
      approvalStatus: (rnd() < 0.2 ? 'APPROVED' : 'INVESTIGATIONAL') satisfies ApprovalStatus,
    });
  }
  for (let i = 0; i < shape.pathways; i++)
    yield entity('PATHWAY', ids.pathway(i), [`synthetic ${WORDS[i % WORDS.length]} pathway ${i}`], []);
  for (let i = 0; i < shape.processes; i++)
    yield entity('PROCESS', ids.process(i), [`synthetic ${WORDS[(i * 7) % WORDS.length]} process ${i}`], []);
  for (let i = 0; i < shape.diseases; i++)
    yield entity('DISEASE', ids.disease(i), [`synthetic ${WORDS[(i * 3) % WORDS.length]} carcinoma ${i}`], [], {
      xrefs: [`SYN:${i}`],
    });
  for (let i = 0; i < shape.cellLines; i++) yield entity('CELL_LINE', ids.cellLine(i), [`SYNCELL-${i}`], []);
  const comboPairs: [number, number][] = [];
  for (let i = 0; i < shape.combinations; i++) {
    const base = hubIndex(shape.drugs);
    let partner = pickIndex(shape.drugs);
    if (partner === base) partner = (partner + 1) % shape.drugs;
    comboPairs.push([base, partner]);
    yield entity('COMBINATION', ids.combination(i), [`combination ${base} + ${partner}`], [], {
      interactionType: 'COMBINATION' satisfies CombinationType,
    });
    yield { type: 'component', combination: ids.combination(i), drug: ids.drug(base), position: 0 };
    yield { type: 'component', combination: ids.combination(i), drug: ids.drug(partner), position: 1 };
  }

  // Statements, grouped by subject so duplicates are avoided with a set per subject only.
  let statementCount = 0;
  let evidenceCount = 0;
  const evidenceFor = (statementId: string): EvidenceRow[] => {
    const n = Math.min(20, Math.floor(1 / Math.max(rnd(), 1e-9) ** (1 / 2.2)));
    return Array.from({ length: n }, () => ({
      id: `${prefix}e${evidenceCount++}`,
      statementId,
      source: ids.publication(hubIndex(shape.publications)),
      direction: (rnd() < 0.08 ? 'REFUTES' : 'SUPPORTS') satisfies Direction,
      props: {
        level: weighted(LEVELS),
        modelSystem: MODELS[pickIndex(MODELS.length)],
        rating: 1 + pickIndex(5),
        status: weighted(STATUSES),
        curator: 'synthetic',
        synthetic: true,
      },
    }));
  };
  const statement = (
    subject: string,
    predicate: Predicate,
    object: string,
    sign: number,
    extra: {
      interactionType?: InteractionType;
      mechanism?: Mechanism;
      disease?: string | null;
      structural?: boolean;
    } = {},
  ): ScaleRecord => {
    const id = `${prefix}s${statementCount++}`;
    const evidence = extra.structural ? [] : evidenceFor(id);
    const weighable = evidence.map((e) => ({ ...e.props, direction: e.direction }) as unknown as WeighableEvidence);
    const belief = extra.structural ? 1 : statementBelief(weighable);
    const accepted = evidence.filter((e) => e.props.status === 'ACCEPTED').length;
    const common = {
      interactionType: extra.interactionType ?? null,
      mechanism: extra.mechanism ?? null,
      belief,
    };
    return {
      type: 'statement',
      row: {
        id,
        subject,
        predicate,
        object,
        sign,
        props: {
          ...common,
          contextDisease: extra.disease ?? null,
          structural: extra.structural ?? false,
          synthetic: true,
          evidenceCount: evidence.length,
          acceptedCount: accepted,
          inTraversalGraph: inTraversalGraph(
            extra.structural ?? false,
            evidence.map((e) => e.props.status as EvidenceStatus),
          ),
        },
        edgeProps: { ...common, disease: extra.disease ?? null, evidenceCount: accepted },
      },
      evidence,
    };
  };
  /** `count` distinct objects for one subject, drawn by `pick`. */
  function* outEdges(count: number, pick: () => number, self = -1): Generator<number> {
    const seen = new Set<number>();
    for (let tries = 0; seen.size < count && tries < count * 4; tries++) {
      const j = pick();
      if (j === self || seen.has(j)) continue;
      seen.add(j);
      yield j;
    }
  }
  const contextDisease = () => (rnd() < 0.4 ? null : ids.disease(hubIndex(shape.diseases)));

  for (let i = 0; i < shape.genes; i++) {
    // Gene regulation (signalling and expression): hubs attract regulators.
    for (const j of outEdges(degree(shape.regulationsPerGene), () => hubIndex(shape.genes), i))
      yield statement(ids.gene(i), 'REGULATES', ids.gene(j), rnd() < 0.7 ? 1 : -1, {
        mechanism: MECHANISMS[pickIndex(MECHANISMS.length)],
        disease: rnd() < 0.85 ? null : contextDisease(),
      });
    if (rnd() < 0.3)
      yield statement(ids.gene(i), 'REGULATES', ids.process(hubIndex(shape.processes)), rnd() < 0.6 ? 1 : -1, {
        mechanism: 'UNKNOWN',
      });
    const pathways = Math.max(1, Math.round(degree(shape.membershipsPerGene) * 0.15));
    for (const j of outEdges(pathways, () => hubIndex(shape.pathways)))
      yield statement(ids.gene(i), 'PARTICIPATES_IN', ids.pathway(j), 1);
    for (const j of outEdges(degree(shape.membershipsPerGene * 0.85), () => hubIndex(shape.processes)))
      yield statement(ids.gene(i), 'PARTICIPATES_IN', ids.process(j), 1);
    for (const j of outEdges(degree(shape.diseasesPerGene), () => hubIndex(shape.diseases)))
      yield statement(ids.gene(i), 'ASSOCIATED_WITH', ids.disease(j), rnd() < 0.8 ? 1 : -1);
  }
  for (let i = 0; i < shape.mirnas; i++)
    for (const j of outEdges(degree(shape.targetsPerMirna), () => pickIndex(shape.genes)))
      yield statement(ids.mirna(i), 'REGULATES', ids.gene(j), -1, { mechanism: 'EXPRESSION' });
  // Druggable genes are a fifth of the genome, hubs first.
  const druggable = Math.max(10, Math.round(shape.genes / 5));
  for (let i = 0; i < shape.drugs; i++) {
    const drug = ids.drug(i);
    for (const j of outEdges(degree(shape.targetsPerDrug), () => hubIndex(druggable))) {
      const action = weighted(ACTIONS);
      yield statement(drug, 'TARGETS', ids.gene(j), INTERACTION_TYPE.terms[action].sign ?? -1, {
        interactionType: action,
      });
    }
    if (rnd() < 0.6)
      yield statement(drug, 'MEMBER_OF', ids.drugClass(hubIndex(shape.drugClasses)), 1, { structural: true });
  }
  // Resistance and sensitisation: many genes confer resistance to popular drugs, in disease contexts.
  for (let i = 0; i < shape.drugs * shape.resistancePerDrug; i++) {
    const object = rnd() < 0.05 ? ids.drugClass(hubIndex(shape.drugClasses)) : ids.drug(hubIndex(shape.drugs));
    const subject = rnd() < 0.1 ? ids.process(hubIndex(shape.processes)) : ids.gene(pickIndex(shape.genes));
    yield statement(subject, 'CONFERS_RESISTANCE_TO', object, 1, { disease: contextDisease() });
  }
  for (let i = 0; i < shape.drugs * shape.sensitizersPerDrug; i++)
    yield statement(ids.gene(pickIndex(shape.genes)), 'SENSITIZES_TO', ids.drug(hubIndex(shape.drugs)), 1, {
      disease: contextDisease(),
    });
  for (let i = 0; i < comboPairs.length; i++)
    yield statement(ids.combination(i), 'OVERCOMES_RESISTANCE_TO', ids.drug(comboPairs[i]![0]), 1, {
      disease: contextDisease(),
    });
}

/** Every id the generator uses, so the benchmark and tests can name entities without reading the graph. */
export function scaleIds(shape: Pick<ScaleShape, 'name'>) {
  const prefix = `RESISTKG:${shape.name}-`;
  return {
    prefix,
    gene: (i: number) => `${prefix}g${i}`,
    mirna: (i: number) => `${prefix}m${i}`,
    drug: (i: number) => `${prefix}d${i}`,
    drugClass: (i: number) => `${prefix}c${i}`,
    pathway: (i: number) => `${prefix}pw${i}`,
    process: (i: number) => `${prefix}pr${i}`,
    disease: (i: number) => `${prefix}dis${i}`,
    cellLine: (i: number) => `${prefix}cl${i}`,
    combination: (i: number) => `${prefix}combo${i}`,
    publication: (i: number) => `${prefix}pub${i}`,
    cohort: `${prefix}cohort`,
  };
}
