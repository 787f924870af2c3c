/**
 * The sizes `npm run seed:synthetic -- --scale …` generates. `primekg` matches PrimeKG's entity
 * count (129k nodes) and goes beyond its 4M edges once statements, evidence and names are counted;
 * its degree distribution is heavy-tailed like a real knowledge graph (a few genes with thousands of
 * regulators, most with a handful).
 */
export interface ScaleShape {
  name: ScaleName;
  seed: number;
  genes: number;
  mirnas: number;
  drugs: number;
  drugClasses: number;
  pathways: number;
  processes: number;
  diseases: number;
  cellLines: number;
  publications: number;
  /** Curated combinations (a base drug and a partner) with OVERCOMES_RESISTANCE_TO statements. */
  combinations: number;
  /** Mean out-degree per source node for each statement family. */
  regulationsPerGene: number;
  targetsPerMirna: number;
  targetsPerDrug: number;
  membershipsPerGene: number;
  diseasesPerGene: number;
  resistancePerDrug: number;
  sensitizersPerDrug: number;
  /** Patients in the synthetic cohort and the size of its expression panel. */
  patients: number;
  panel: number;
}

export const SCALE_NAMES = ['small', 'medium', 'primekg'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

const PRIMEKG: ScaleShape = {
  name: 'primekg',
  seed: 7,
  genes: 27_600,
  mirnas: 2_600,
  drugs: 8_000,
  drugClasses: 400,
  pathways: 2_500,
  processes: 67_000,
  diseases: 17_000,
  cellLines: 1_500,
  publications: 20_000,
  combinations: 3_000,
  regulationsPerGene: 12,
  targetsPerMirna: 15,
  targetsPerDrug: 5,
  membershipsPerGene: 11,
  diseasesPerGene: 3,
  resistancePerDrug: 3,
  sensitizersPerDrug: 1,
  patients: 10_000,
  panel: 500,
};

/** Every count of PrimeKG scaled by `f` (degrees stay as they are, so hubs stay hubs). */
function scaled(name: ScaleName, f: number, patients: number): ScaleShape {
  const n = (x: number) => Math.max(10, Math.round(x * f));
  return {
    ...PRIMEKG,
    name,
    genes: n(PRIMEKG.genes),
    mirnas: n(PRIMEKG.mirnas),
    drugs: n(PRIMEKG.drugs),
    drugClasses: n(PRIMEKG.drugClasses),
    pathways: n(PRIMEKG.pathways),
    processes: n(PRIMEKG.processes),
    diseases: n(PRIMEKG.diseases),
    cellLines: n(PRIMEKG.cellLines),
    publications: n(PRIMEKG.publications),
    combinations: n(PRIMEKG.combinations),
    patients,
  };
}

export const SCALES: Record<ScaleName, ScaleShape> = {
  small: scaled('small', 0.04, 2_000),
  medium: scaled('medium', 0.25, 10_000),
  primekg: PRIMEKG,
};

export function isScaleName(s: string): s is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(s);
}
