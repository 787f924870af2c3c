/**
 * A generated cBioPortal study folder for the import measurement: meta files, patient and sample
 * clinical files (OS and DFS endpoints), an expression matrix of the gene panel and a MAF, in the
 * layout `npm run import -- cbioportal DIR` reads (seed/importers/cbioportal.ts), plus an HGNC-format
 * file of the panel's genes so an empty database knows them. Deterministic: the same shape always
 * writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../seed/prng.js';

export interface StudyShape {
  patients: number;
  genes: number;
  mutations: number;
  seed: number;
}

/** The import goal's study (issue 15): 10,000 patients, a 500-gene panel, 100,000 mutations. */
export const IMPORT_STUDY: StudyShape = { patients: 10_000, genes: 500, mutations: 100_000, seed: 15 };

export const STUDY_ID = 'bench_import_study';
export const studyGene = (i: number) => `BKG${i + 1}`;
export const studyPatient = (i: number) => `BKP-${String(i + 1).padStart(5, '0')}`;
export const studySample = (i: number) => `${studyPatient(i)}-01`;

const AMINO = 'ACDEFGHIKLMNPQRSTVWY';

function metaFile(type: string, datatype: string, file: string, extra: string[] = []): string {
  return [
    `cancer_study_identifier: ${STUDY_ID}`,
    `genetic_alteration_type: ${type}`,
    `datatype: ${datatype}`,
    ...extra,
    `data_filename: ${file}`,
    '',
  ].join('\n');
}

/** Writes the study into `dir` (created) and the genes' HGNC file beside it; returns both paths. */
export function writeStudy(dir: string, shape: StudyShape): { studyDir: string; hgncFile: string } {
  const studyDir = path.join(dir, STUDY_ID);
  mkdirSync(studyDir, { recursive: true });
  const rand = prng(shape.seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const write = (file: string, lines: string[]) => writeFileSync(path.join(studyDir, file), lines.join('\n') + '\n');

  write('meta_study.txt', [
    'type_of_cancer: mixed',
    `cancer_study_identifier: ${STUDY_ID}`,
    'name: Benchmark import study (synthetic)',
    `description: Synthetic study of ${shape.patients} patients for the import benchmark; not real patients.`,
    'groups: PUBLIC',
    'reference_genome: hg19',
    'citation: Synthetic (resistkg benchmark)',
    'license: CC0 (generated test data)',
  ]);
  writeFileSync(
    path.join(studyDir, 'meta_clinical_patient.txt'),
    metaFile('CLINICAL', 'PATIENT_ATTRIBUTES', 'data_clinical_patient.txt'),
  );
  writeFileSync(
    path.join(studyDir, 'meta_clinical_sample.txt'),
    metaFile('CLINICAL', 'SAMPLE_ATTRIBUTES', 'data_clinical_sample.txt'),
  );
  writeFileSync(
    path.join(studyDir, 'meta_expression.txt'),
    metaFile('MRNA_EXPRESSION', 'CONTINUOUS', 'data_mrna_seq_v2_rsem.txt', ['stable_id: rna_seq_v2_mrna']),
  );
  writeFileSync(
    path.join(studyDir, 'meta_mutations.txt'),
    metaFile('MUTATION_EXTENDED', 'MAF', 'data_mutations.txt', ['stable_id: mutations']),
  );

  const patients = Array.from({ length: shape.patients }, (_, i) => i);
  write('data_clinical_patient.txt', [
    '#Patient Identifier\tAge\tSex\tOverall Survival (Months)\tOverall Survival Status\tDisease Free (Months)\tDisease Free Status',
    '#Patient identifier\tAge at diagnosis\tSex\tOverall survival in months\tOverall survival status\tDisease free in months\tDisease free status',
    '#STRING\tNUMBER\tSTRING\tNUMBER\tSTRING\tNUMBER\tSTRING',
    '#1\t1\t1\t1\t1\t1\t1',
    'PATIENT_ID\tAGE\tSEX\tOS_MONTHS\tOS_STATUS\tDFS_MONTHS\tDFS_STATUS',
    ...patients.map((i) => {
      const os = Math.round(rand() * 1200) / 10;
      const dfs = Math.round(rand() * os * 10) / 10;
      return [
        studyPatient(i),
        30 + pick(55),
        rand() < 0.5 ? 'Male' : 'Female',
        os,
        rand() < 0.6 ? '1:DECEASED' : '0:LIVING',
        dfs,
        rand() < 0.7 ? '1:Recurred/Progressed' : '0:DiseaseFree',
      ].join('\t');
    }),
  ]);
  write('data_clinical_sample.txt', [
    '#Sample Identifier\tPatient Identifier\tSample Type',
    '#Sample id\tPatient id\tType',
    '#STRING\tSTRING\tSTRING',
    '#1\t1\t1',
    'SAMPLE_ID\tPATIENT_ID\tSAMPLE_TYPE',
    ...patients.map((i) => `${studySample(i)}\t${studyPatient(i)}\tPrimary Tumor`),
  ]);

  const genes = Array.from({ length: shape.genes }, (_, g) => g);
  write('data_mrna_seq_v2_rsem.txt', [
    ['Hugo_Symbol', 'Entrez_Gene_Id', ...patients.map(studySample)].join('\t'),
    ...genes.map((g) => {
      const mean = 4 + rand() * 6;
      return [studyGene(g), '', ...patients.map(() => (mean + (rand() - 0.5) * 4).toFixed(3))].join('\t');
    }),
  ]);

  // Half the calls are one of five recurrent hotspot changes of their gene, the rest a change
  // anywhere (mostly seen once, like passenger mutations); genes skewed towards the first.
  const change = () => {
    const ref = AMINO[pick(AMINO.length)]!;
    const nonsense = rand() < 0.1;
    let alt = nonsense ? '*' : AMINO[pick(AMINO.length)]!;
    if (alt === ref) alt = AMINO[(AMINO.indexOf(ref) + 1) % AMINO.length]!;
    return { hgvsp: `p.${ref}${1 + pick(800)}${alt}`, nonsense };
  };
  const hotspots = genes.map(() => Array.from({ length: 5 }, change));
  const maf = [
    'Hugo_Symbol\tEntrez_Gene_Id\tVariant_Classification\tTumor_Sample_Barcode\tHGVSp_Short\tt_ref_count\tt_alt_count',
  ];
  for (let k = 0; k < shape.mutations; k++) {
    const g = Math.floor(shape.genes * rand() ** 2);
    const { hgvsp, nonsense } = rand() < 0.5 ? hotspots[g]![pick(5)]! : change();
    const depth = 20 + pick(200);
    const altReads = 1 + pick(depth - 1);
    maf.push(
      [
        studyGene(g),
        '',
        nonsense ? 'Nonsense_Mutation' : 'Missense_Mutation',
        studySample(pick(shape.patients)),
        hgvsp,
        depth - altReads,
        altReads,
      ].join('\t'),
    );
  }
  write('data_mutations.txt', maf);

  const hgncFile = path.join(dir, 'hgnc_bench_genes.txt');
  writeFileSync(
    hgncFile,
    [
      'hgnc_id\tsymbol\tname\tstatus',
      ...genes.map((g) => `HGNC:${900001 + g}\t${studyGene(g)}\tBenchmark gene ${g + 1}\tApproved`),
    ].join('\n') + '\n',
  );
  return { studyDir, hgncFile };
}
