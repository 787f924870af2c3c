/**
 * The synthetic HCC cohort of the seed: generated deterministically, labelled synthetic everywhere,
 * and shaped like the paper's clinical claims (Kabir et al. 2025, S10–S11) so every cohort query has
 * something real-shaped to answer. It is NOT patient data:
 * - about 60% HBV+; about 40% treated with sorafenib, of whom about a third respond;
 * - CAV1 expression (log2 scale) is higher in HBV+ patients and in sorafenib non-responders;
 * - the hazard of death and of recurrence rises with CAV1 in HBV+ patients only;
 * - a few single-cell clusters per patient for some patients, with a rare CAV1+ cancer-cell
 *   population that is larger in patients who recur.
 */
import { toColumns, type AttributeDecl, type ClinicalValue, type EndpointDecl } from '../domain/clinical.js';
import type { CohortData, SampleData } from './cohort-load.js';
import { prng } from './prng.js';

export const SYNTHETIC_COHORT_ID = 'RESISTKG:cohort-synthetic-hcc';

/** The paper's genes, then filler genes from the seed, to make a panel. */
export const DEFAULT_PANEL = [
  'HGNC:1527',
  'HGNC:905',
  'HGNC:3691',
  'HGNC:11364',
  'HGNC:10436',
  'HGNC:1748',
  'HGNC:9801',
  'HGNC:1784',
  'HGNC:9376',
  'HGNC:9377',
  'HGNC:3236',
  'HGNC:3942',
  'HGNC:6307',
  'HGNC:9829',
  'HGNC:1097',
];

const attr = (id: string, name: string, datatype: AttributeDecl['datatype'], description: string): AttributeDecl => ({
  id,
  name,
  datatype,
  description,
  level: 'PATIENT',
});

/** The synthetic cohort's clinical attributes (cBioPortal's names where it has one). */
export const SYNTHETIC_ATTRIBUTES: readonly AttributeDecl[] = [
  attr('HBV_STATUS', 'HBV status', 'STRING', 'Hepatitis B surface antigen: POSITIVE or NEGATIVE.'),
  attr('AGE', 'Age', 'NUMBER', 'Age at diagnosis, years.'),
  attr('SEX', 'Sex', 'STRING', 'MALE or FEMALE.'),
  attr('BCLC_STAGE', 'BCLC stage', 'STRING', 'Barcelona Clinic Liver Cancer stage.'),
  attr('TREATMENT', 'Treatment', 'STRING', 'sorafenib or none.'),
  attr('RESPONDER', 'Responder', 'BOOLEAN', 'Responded to sorafenib (missing when untreated).'),
  attr('OS_MONTHS', 'Overall survival (months)', 'NUMBER', 'Months from diagnosis to death or last follow-up.'),
  attr('OS_STATUS', 'Overall survival status', 'NUMBER', '1 died, 0 censored.'),
  attr('RFS_MONTHS', 'Recurrence-free survival (months)', 'NUMBER', 'Months to recurrence, death or last follow-up.'),
  attr('RFS_STATUS', 'Recurrence-free survival status', 'NUMBER', '1 recurred or died, 0 censored.'),
];

export const SYNTHETIC_ENDPOINTS: readonly EndpointDecl[] = [
  { id: 'OS', name: 'Overall survival', timeAttribute: 'OS_MONTHS', eventAttribute: 'OS_STATUS' },
  { id: 'RFS', name: 'Recurrence-free survival', timeAttribute: 'RFS_MONTHS', eventAttribute: 'RFS_STATUS' },
];

export interface CohortOptions {
  seed: number;
  patients: number;
  /** Gene ids of the panel; the first must be CAV1 for the built-in effects to apply to it. */
  panel: string[];
  id?: string;
}

function normal(rnd: () => number): number {
  const u = Math.max(rnd(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

export function generateCohort(o: CohortOptions): CohortData {
  const rnd = prng(o.seed);
  const id = o.id ?? SYNTHETIC_COHORT_ID;
  const cav1 = o.panel.indexOf('HGNC:1527');
  const patients: { id: string }[] = [];
  const values: Record<string, ClinicalValue>[] = [];
  const samples: SampleData[] = [];
  const stages = ['BCLC-A', 'BCLC-B', 'BCLC-C'];
  for (let i = 0; i < o.patients; i++) {
    const pid = `${id}-P${String(i + 1).padStart(5, '0')}`;
    const hbv = rnd() < 0.6;
    const treated = rnd() < 0.4;
    const responder = treated ? rnd() < 0.35 : null;
    const expression = o.panel.map(() => Math.round((6 + 1.5 * normal(rnd)) * 1000) / 1000);
    if (cav1 >= 0) {
      let v = 7 + normal(rnd) + (hbv ? 0.8 : 0) + (responder === false ? 0.9 : 0);
      v = Math.round(v * 1000) / 1000;
      expression[cav1] = v;
    }
    const z = cav1 >= 0 ? expression[cav1]! - 7.5 : 0;
    const hazard = 0.02 * Math.exp((hbv ? 0.9 * z : 0.05 * z) + (rnd() < 0.3 ? 0.4 : 0));
    const deathTime = -Math.log(Math.max(rnd(), 1e-12)) / hazard;
    const recurTime = -Math.log(Math.max(rnd(), 1e-12)) / (hazard * 1.8);
    const censor = 6 + rnd() * 90;
    const os = Math.min(deathTime, censor);
    const rfs = Math.min(recurTime, os, censor);
    patients.push({ id: pid });
    values.push({
      HBV_STATUS: hbv ? 'POSITIVE' : 'NEGATIVE',
      AGE: 35 + Math.floor(rnd() * 45),
      SEX: rnd() < 0.78 ? 'MALE' : 'FEMALE',
      BCLC_STAGE: stages[Math.floor(rnd() * 3)]!,
      TREATMENT: treated ? 'sorafenib' : 'none',
      RESPONDER: responder,
      OS_MONTHS: Math.round(os * 10) / 10,
      OS_STATUS: deathTime <= censor ? 1 : 0,
      RFS_MONTHS: Math.round(rfs * 10) / 10,
      RFS_STATUS: recurTime <= Math.min(os, censor) ? 1 : 0,
    });
    samples.push({
      id: `${pid}-T`,
      patientId: pid,
      type: 'TUMOR',
      timepoint: 'PRE_TREATMENT',
      expression,
      synthetic: true,
    });
    if (rnd() < 0.1) {
      samples.push({
        id: `${pid}-N`,
        patientId: pid,
        type: 'NORMAL',
        expression: o.panel.map(() => Math.round((5 + normal(rnd)) * 1000) / 1000),
        synthetic: true,
      });
    }
    if (i % 25 === 0) {
      const recurred = values[values.length - 1]!.RFS_STATUS === 1;
      for (const [k, cluster] of ['malignant hepatocytes', 'CAV1+ cancer cells', 'endothelial cells'].entries()) {
        const fraction = o.panel.map(() => Math.round(rnd() * 0.3 * 1000) / 1000);
        if (cav1 >= 0) fraction[cav1] = k === 1 ? 0.8 : 0.05;
        const cells = k === 1 ? Math.round((recurred ? 40 : 8) + rnd() * 10) : Math.round(300 + rnd() * 700);
        samples.push({
          id: `${pid}-SC${k + 1}`,
          patientId: pid,
          type: 'SINGLE_CELL_CLUSTER',
          clusterName: cluster,
          cellCount: cells,
          expression: o.panel.map(() => Math.round((4 + 2 * normal(rnd)) * 1000) / 1000),
          fractionExpressing: fraction,
          synthetic: true,
        });
      }
    }
  }
  const cohort = {
    name: 'Synthetic HCC cohort (generated; not real patients)',
    accession: id,
    description:
      'Deterministic synthetic cohort shaped like the clinical claims of Kabir et al. 2025 (PMID 40715090): CAV1 higher in HBV+ and in sorafenib non-responders; CAV1-high HBV+ patients fare worse; a rare CAV1+ cluster larger in patients who recur. For demonstration and tests only.',
    synthetic: true,
    source: 'seed/cohort-synthetic.ts',
    licence: 'generated by resistkg; no restrictions',
    genePanel: o.panel,
  };
  return {
    id,
    cohort,
    patients,
    samples,
    columns: toColumns(SYNTHETIC_ATTRIBUTES, values),
    endpoints: [...SYNTHETIC_ENDPOINTS],
  };
}
