/**
 * A small deterministic synthetic graph held in memory, for tests that compare the API with a
 * brute-force answer computed from the same rows (seed/scale/ streams the large graphs the
 * benchmark and `npm run seed:synthetic` load): genes with hub-heavy (preferential
 * attachment) regulation, miRNAs, drugs with targets and a drug class, resistance statements in
 * and out of disease contexts, and 1–3 evidence records per statement. The same seed number always
 * gives the same graph. Every id starts with `RESISTKG:syn<seed>-`, so several graphs can share a
 * database with the curated seed without touching it.
 */
import type { EntityRow, EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import { prng } from '../../seed/prng.js';

export interface SyntheticOptions {
  seed: number;
  genes: number;
  drugs: number;
  mirnas: number;
  /** REGULATES statements between genes, per gene on average. */
  regulationsPerGene: number;
  /** Genes (the first ones) that attract most regulation: the hubs. */
  hubs: number;
  /** CONFERS_RESISTANCE_TO statements, per drug on average. */
  resistancePerDrug: number;
  /**
   * Variants of random genes (default none), each with its VARIANT_OF statement, resistance to one
   * or two drugs, sometimes a regulation it starts and sometimes one that enters it (which no path
   * may follow: variants only start paths). Generated last, so graphs without them are unchanged.
   */
  variants?: number;
}

export const SMALL: Omit<SyntheticOptions, 'seed'> = {
  genes: 2000,
  drugs: 300,
  mirnas: 100,
  regulationsPerGene: 3,
  hubs: 10,
  resistancePerDrug: 3,
};

export interface SyntheticGraph {
  prefix: string;
  entities: EntityRow[];
  statements: StatementRow[];
  evidence: EvidenceRow[];
  publication: { id: string; props: Record<string, unknown> };
  diseases: string[];
  drugClass: string;
}

const LEVELS = ['A', 'B', 'C', 'D', 'E'] as const;
const MODELS = ['CELL_LINE', 'ORGANOID', 'XENOGRAFT', 'PATIENT_COHORT', 'COMPUTATIONAL'] as const;

export function generateSynthetic(opts: SyntheticOptions): SyntheticGraph {
  const rnd = prng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const prefix = `RESISTKG:syn${opts.seed}-`;
  const entity = (kind: string, id: string, name: string, extra: Record<string, unknown> = {}): EntityRow => ({
    id,
    kind,
    props: { name, aliases: [], searchText: name, synthetic: true, ...extra },
  });
  const genes = Array.from({ length: opts.genes }, (_, i) => `${prefix}g${i}`);
  const drugs = Array.from({ length: opts.drugs }, (_, i) => `${prefix}d${i}`);
  const mirnas = Array.from({ length: opts.mirnas }, (_, i) => `${prefix}m${i}`);
  const diseases = [`${prefix}disease0`, `${prefix}disease1`];
  const drugClass = `${prefix}class0`;
  const entities: EntityRow[] = [
    ...genes.map((id, i) => entity('GENE', id, `SYN${opts.seed}G${i}`, { symbol: `SYN${opts.seed}G${i}` })),
    ...drugs.map((id, i) =>
      entity('DRUG', id, `syndrug-${opts.seed}-${i}`, {
        synonyms: [],
        agentType: 'SMALL_MOLECULE',
        approvalStatus: 'EXPERIMENTAL',
      }),
    ),
    ...mirnas.map((id, i) => entity('MIRNA', id, `syn-miR-${opts.seed}-${i}`)),
    ...diseases.map((id, i) => entity('DISEASE', id, `synthetic disease ${opts.seed}-${i}`, { xrefs: [] })),
    entity('DRUG_CLASS', drugClass, `synthetic class ${opts.seed}`),
  ];
  const publication = {
    id: `${prefix}pub`,
    props: { name: 'Synthetic source', title: 'Synthetic source', synthetic: true },
  };

  const statements: StatementRow[] = [];
  const evidence: EvidenceRow[] = [];
  const seen = new Set<string>();
  const addStatement = (
    subject: string,
    predicate: string,
    object: string,
    sign: number,
    extra: { interactionType?: string; disease?: string | null; structural?: boolean } = {},
  ) => {
    const key = `${subject}|${predicate}|${object}`;
    if (subject === object || seen.has(key)) return;
    seen.add(key);
    const id = `${prefix}s${statements.length}`;
    statements.push({
      id,
      subject,
      predicate,
      object,
      sign,
      props: {
        interactionType: extra.interactionType ?? null,
        contextDisease: extra.disease ?? null,
        structural: extra.structural ?? false,
        synthetic: true,
        factKeys: [],
      },
      edgeProps: { interactionType: extra.interactionType ?? null, mechanism: null, disease: extra.disease ?? null },
    });
    if (extra.structural) return;
    const n = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      evidence.push({
        id: `${prefix}e${evidence.length}`,
        statementId: id,
        source: publication.id,
        direction: rnd() < 0.1 ? 'REFUTES' : 'SUPPORTS',
        props: {
          level: pick(LEVELS),
          modelSystem: pick(MODELS),
          rating: 1 + Math.floor(rnd() * 5),
          status: rnd() < 0.85 ? 'ACCEPTED' : 'SUBMITTED',
          curator: 'synthetic',
          sentence: null,
          synthetic: true,
        },
      });
    }
  };

  // Preferential attachment: hubs are picked far more often as regulation targets and sources.
  const weighted = (): string =>
    rnd() < 0.35 ? genes[Math.floor(rnd() * Math.min(opts.hubs, genes.length))]! : pick(genes);
  const regulations = Math.round(opts.genes * opts.regulationsPerGene);
  for (let i = 0; i < regulations; i++) {
    const a = rnd() < 0.5 ? weighted() : pick(genes);
    addStatement(a, 'REGULATES', weighted(), rnd() < 0.7 ? 1 : -1);
  }
  for (const m of mirnas)
    for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) addStatement(m, 'REGULATES', pick(genes), -1);
  for (const d of drugs) {
    for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) {
      const inhibitor = rnd() < 0.85;
      addStatement(d, 'TARGETS', weighted(), inhibitor ? -1 : 1, {
        interactionType: inhibitor ? 'INHIBITOR' : 'ACTIVATOR',
      });
    }
    if (rnd() < 0.2) addStatement(d, 'MEMBER_OF', drugClass, 1, { structural: true });
  }
  const resistance = Math.round(opts.drugs * opts.resistancePerDrug);
  for (let i = 0; i < resistance; i++) {
    const target = rnd() < 0.05 ? drugClass : pick(drugs);
    const r = rnd();
    addStatement(rnd() < 0.3 ? weighted() : pick(genes), 'CONFERS_RESISTANCE_TO', target, 1, {
      disease: r < 0.4 ? null : r < 0.7 ? diseases[0] : diseases[1],
    });
  }
  for (let i = 0; i < (opts.variants ?? 0); i++) {
    const id = `${prefix}v${i}`;
    const gene = pick(genes);
    entities.push(entity('VARIANT', id, `SYN${opts.seed}V${i}`, { geneId: gene, alterationType: 'MISSENSE' }));
    addStatement(id, 'VARIANT_OF', gene, 1, { structural: true });
    for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
      const r = rnd();
      addStatement(id, 'CONFERS_RESISTANCE_TO', rnd() < 0.1 ? drugClass : pick(drugs), 1, {
        disease: r < 0.5 ? null : diseases[0],
      });
    }
    if (rnd() < 0.5) addStatement(id, 'REGULATES', weighted(), rnd() < 0.7 ? 1 : -1);
    if (rnd() < 0.3) addStatement(pick(genes), 'REGULATES', id, 1);
  }
  return { prefix, entities, statements, evidence, publication, diseases, drugClass };
}
