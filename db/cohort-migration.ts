/**
 * Data migration from the first cohort shape (before clinical attributes were data): patients
 * carried fixed properties (hbvStatus, age, sex, stage, treatment, responder, osMonths/osEvent,
 * rfsMonths/rfsEvent). Each such cohort gets its patient and sample order, the OS and RFS
 * endpoints, and one attribute column per old property that has a value; the old properties are
 * removed. A cohort already in the new shape (it has `patientOrder`) is left alone, so running it
 * again changes nothing.
 */
import { toColumns, type AttributeDecl, type ClinicalValue, type EndpointDecl } from '../domain/clinical.js';
import { endpointProps, mergeColumns } from './cohort-write.repo.js';
import type { Database } from './database.js';
import { int } from './values.js';

const OLD_SHAPE = `
MATCH (c:Cohort) WHERE c.patientOrder IS NULL AND EXISTS { (:Patient {cohortId: c.id}) }
RETURN c.id AS id ORDER BY id`;

const OLD_PATIENTS = `
MATCH (p:Patient {cohortId: $id})
RETURN p { .* } AS p ORDER BY p.id`;

const OLD_SAMPLES = `
MATCH (s:Sample {cohortId: $id})
RETURN s.id AS id, s.patientId AS patientId ORDER BY s.id`;

const SET_ORDER = `
MATCH (c:Cohort {id: $id})
SET c += $props
WITH c
UNWIND range(0, size($patients) - 1) AS i
MATCH (p:Patient {id: $patients[i]})
SET p.row = i
REMOVE p.hbvStatus, p.age, p.sex, p.stage, p.treatment, p.responder, p.osMonths, p.osEvent, p.rfsMonths, p.rfsEvent`;

const SET_SAMPLE_ROWS = `
UNWIND range(0, size($samples) - 1) AS i
MATCH (s:Sample {id: $samples[i]})
SET s.row = i`;

const attr = (id: string, name: string, datatype: AttributeDecl['datatype'], description: string): AttributeDecl => ({
  id,
  name,
  datatype,
  description,
  level: 'PATIENT',
});

/** Old property → attribute, with the names the synthetic cohort and cBioPortal use. */
const LEGACY: readonly [string, AttributeDecl][] = [
  ['hbvStatus', attr('HBV_STATUS', 'HBV status', 'STRING', 'Hepatitis B status: POSITIVE or NEGATIVE.')],
  ['age', attr('AGE', 'Age', 'NUMBER', 'Age in years.')],
  ['sex', attr('SEX', 'Sex', 'STRING', 'MALE or FEMALE (as recorded).')],
  ['stage', attr('STAGE', 'Stage', 'STRING', 'Stage (e.g. BCLC-B, TNM III).')],
  ['treatment', attr('TREATMENT', 'Treatment', 'STRING', 'Treatment.')],
  ['responder', attr('RESPONDER', 'Responder', 'BOOLEAN', 'Responded to treatment.')],
  ['osMonths', attr('OS_MONTHS', 'Overall survival (months)', 'NUMBER', 'Overall survival time, months.')],
  ['osEvent', attr('OS_STATUS', 'Overall survival status', 'NUMBER', '1 died, 0 censored.')],
  [
    'rfsMonths',
    attr('RFS_MONTHS', 'Recurrence-free survival (months)', 'NUMBER', 'Recurrence-free survival time, months.'),
  ],
  ['rfsEvent', attr('RFS_STATUS', 'Recurrence-free survival status', 'NUMBER', '1 recurred (or died), 0 censored.')],
];

const ENDPOINTS: readonly EndpointDecl[] = [
  { id: 'OS', name: 'Overall survival', timeAttribute: 'OS_MONTHS', eventAttribute: 'OS_STATUS' },
  { id: 'RFS', name: 'Recurrence-free survival', timeAttribute: 'RFS_MONTHS', eventAttribute: 'RFS_STATUS' },
];

/** Moves every cohort of the old shape to attribute columns; returns the ids of the cohorts moved. */
export async function migrateCohortColumns(db: Database): Promise<string[]> {
  const cohorts = (await db.read(OLD_SHAPE)).map((r) => r.id as string);
  for (const id of cohorts) {
    const patients = (await db.read(OLD_PATIENTS, { id })).map((r) => r.p as Record<string, ClinicalValue>);
    const samples = await db.read(OLD_SAMPLES, { id });
    const patientRow = new Map(patients.map((p, i) => [p.id as string, i]));
    const present = LEGACY.filter(([prop]) => patients.some((p) => p[prop] != null));
    const rows = patients.map((p) => Object.fromEntries(present.map(([prop, a]) => [a.id, p[prop] ?? null])));
    const columns = toColumns(
      present.map(([, a]) => a),
      rows,
    );
    const has = new Set(columns.map((c) => c.attribute.id));
    const endpoints = ENDPOINTS.filter((e) => has.has(e.timeAttribute) && has.has(e.eventAttribute));
    const props = {
      ...endpointProps(endpoints),
      patientOrder: patients.map((p) => p.id as string),
      sampleOrder: samples.map((s) => s.id as string),
      samplePatient: samples.map((s) => int(patientRow.get(s.patientId as string) ?? -1)),
    };
    await db.writeTx(
      async (tx) => {
        await tx.run(SET_ORDER, { id, props, patients: props.patientOrder });
        await tx.run(SET_SAMPLE_ROWS, { samples: props.sampleOrder });
        await mergeColumns(tx, id, columns);
      },
      { timeoutMs: 300_000, metadata: { operation: 'migration' } },
    );
  }
  return cohorts;
}
