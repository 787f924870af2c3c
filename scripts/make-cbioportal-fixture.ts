/**
 * Writes the cBioPortal-format fixture study in test/fixtures/cbioportal/hcc_fixture/ from the
 * synthetic generator (seed 7, 80 patients; months rounded to whole numbers so there are ties; a few
 * values missing; one gene the graph does not know). Run once; the files are committed, and
 * reference.R beside them computes what R's survival package says about them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateCohort } from '../seed/cohort-synthetic.js';

const dir = new URL('../test/fixtures/cbioportal/hcc_fixture/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const panel = ['HGNC:1527', 'HGNC:905', 'HGNC:3691', 'HGNC:11364'];
const symbols = ['CAV1', 'AXL', 'FGFR4', 'STAT3'];
const c = generateCohort({ seed: 7, patients: 80, panel, id: 'FIX' });
const pid = (i: number) => `HCC-FIX-${String(i + 1).padStart(3, '0')}`;

writeFileSync(
  dir + 'meta_study.txt',
  'type_of_cancer: lihc\ncancer_study_identifier: hcc_fixture_2025\nname: HCC fixture study (synthetic test data)\ndescription: Synthetic cBioPortal-format study for importer and survival tests; not real patients.\ngroups: PUBLIC\nreference_genome: hg19\ncitation: Synthetic fixture (resistkg)\nlicense: CC0 (generated test data)\n',
);
// Data files are found through their meta files' data_filename (the sample file has a non-standard
// name on purpose); the mutations meta names a file the fixture does not have: it is reported as skipped.
const metaFile = (name: string, type: string, datatype: string, file: string, extra = '') =>
  writeFileSync(
    dir + name,
    `cancer_study_identifier: hcc_fixture_2025\ngenetic_alteration_type: ${type}\ndatatype: ${datatype}\n${extra}data_filename: ${file}\n`,
  );
metaFile('meta_clinical_patient.txt', 'CLINICAL', 'PATIENT_ATTRIBUTES', 'data_clinical_patient.txt');
metaFile('meta_clinical_sample.txt', 'CLINICAL', 'SAMPLE_ATTRIBUTES', 'data_clinical_samples.txt');
metaFile(
  'meta_expression.txt',
  'MRNA_EXPRESSION',
  'CONTINUOUS',
  'data_mrna_seq_v2_rsem.txt',
  'stable_id: rna_seq_v2_mrna\nprofile_name: mRNA expression (RNA Seq V2 RSEM)\nprofile_description: Synthetic log2 expression\nshow_profile_in_analysis_tab: false\n',
);
metaFile(
  'meta_mutations.txt',
  'MUTATION_EXTENDED',
  'MAF',
  'data_mutations.txt',
  'stable_id: mutations\nprofile_name: Mutations\nprofile_description: Not part of the fixture\nshow_profile_in_analysis_tab: true\n',
);
const value = (attribute: string, i: number) => c.columns.find((col) => col.attribute.id === attribute)!.values[i];
const patientRows = c.patients.map((_, i) => {
  const p = {
    osMonths: value('OS_MONTHS', i),
    osEvent: value('OS_STATUS', i),
    rfsMonths: value('RFS_MONTHS', i),
    rfsEvent: value('RFS_STATUS', i),
    responder: value('RESPONDER', i),
    age: value('AGE', i),
    sex: value('SEX', i),
    hbvStatus: value('HBV_STATUS', i),
    stage: value('BCLC_STAGE', i),
    treatment: value('TREATMENT', i),
  };
  const os = i === 5 ? 'NA' : String(Math.round(Number(p.osMonths)));
  const osStatus = Number(p.osEvent) === 1 ? '1:DECEASED' : '0:LIVING';
  const dfs = String(Math.round(Number(p.rfsMonths)));
  const dfsStatus = Number(p.rfsEvent) === 1 ? '1:Recurred/Progressed' : '0:DiseaseFree';
  const responder = p.responder == null ? 'NA' : p.responder ? 'Yes' : 'No';
  return [
    pid(i),
    p.age,
    p.sex === 'MALE' ? 'Male' : 'Female',
    p.hbvStatus === 'POSITIVE' ? 'Positive' : 'Negative',
    p.stage,
    p.treatment,
    responder,
    os,
    osStatus,
    dfs,
    dfsStatus,
  ].join('\t');
});
writeFileSync(
  dir + 'data_clinical_patient.txt',
  [
    '#Patient Identifier\tAge\tSex\tHBV Status\tBCLC Stage\tTreatment\tResponder\tOverall Survival (Months)\tOverall Survival Status\tDisease Free (Months)\tDisease Free Status',
    '#Patient identifier\tAge at diagnosis\tSex\tHBsAg status\tBCLC stage\tTreatment\tResponse to treatment\tOverall survival in months\tOverall survival status\tDisease free in months\tDisease free status',
    '#STRING\tNUMBER\tSTRING\tSTRING\tSTRING\tSTRING\tSTRING\tNUMBER\tSTRING\tNUMBER\tSTRING',
    '#1\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1',
    'PATIENT_ID\tAGE\tSEX\tHBV_STATUS\tBCLC_STAGE\tTREATMENT\tRESPONDER\tOS_MONTHS\tOS_STATUS\tDFS_MONTHS\tDFS_STATUS',
    ...patientRows,
  ].join('\n') + '\n',
);
writeFileSync(
  dir + 'data_clinical_samples.txt',
  [
    '#Sample Identifier\tPatient Identifier\tSample Type\tSample Timepoint',
    '#Sample id\tPatient id\tType\tWhen the sample was taken',
    '#STRING\tSTRING\tSTRING\tSTRING',
    '#1\t1\t1\t1',
    'SAMPLE_ID\tPATIENT_ID\tSAMPLE_TYPE\tSAMPLE_TIMEPOINT',
    ...c.patients.map((_, i) => {
      const timepoint = i === 1 ? '[Not Available]' : (i + 1) % 7 === 0 ? 'Progression' : 'Pre-treatment';
      return `${pid(i)}-01\t${pid(i)}\tPrimary Tumor\t${timepoint}`;
    }),
  ].join('\n') + '\n',
);
const tumours = c.samples.filter((s) => s.type === 'TUMOR');
const matrix = ['Hugo_Symbol\tEntrez_Gene_Id\t' + c.patients.map((_, i) => `${pid(i)}-01`).join('\t')];
symbols.forEach((sym, g) => {
  const values = tumours.map((s, i) => (g === 0 && i === 9 ? 'NA' : String((s.expression as number[])[g])));
  matrix.push(`${sym}\t\t${values.join('\t')}`);
});
matrix.push(`NOTAREALGENE\t\t${tumours.map(() => '1.0').join('\t')}`);
writeFileSync(dir + 'data_mrna_seq_v2_rsem.txt', matrix.join('\n') + '\n');
console.log(`wrote ${dir}`);
