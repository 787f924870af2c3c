/** CIViC's clinical evidence rows in the project's terms (domain/civic.ts) and how `import -- all` spots the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  civicClaim,
  civicDirection,
  civicLevel,
  civicModelSystem,
  civicProfile,
  civicVariantOrigin,
} from '../../domain/civic.js';
import { planImports } from '../../seed/importers/all.js';
import { isCivicHeader } from '../../seed/importers/civic.js';

describe('civicClaim', () => {
  it('maps predictive significances to the resistance and sensitivity predicates', () => {
    expect(civicClaim('Predictive', 'Resistance')).toEqual({
      predicate: 'CONFERS_RESISTANCE_TO',
      sign: 1,
      significance: 'RESISTANCE',
      object: 'THERAPY',
    });
    expect(civicClaim('Predictive', 'Reduced Sensitivity')).toMatchObject({ predicate: 'CONFERS_RESISTANCE_TO' });
    expect(civicClaim('Predictive', 'Sensitivity/Response')).toMatchObject({
      predicate: 'SENSITIZES_TO',
      significance: 'SENSITIVITY',
    });
  });

  it('points prognostic and diagnostic rows at the disease with a sign', () => {
    expect(civicClaim('Prognostic', 'Poor Outcome')).toMatchObject({
      predicate: 'ASSOCIATED_WITH',
      sign: 1,
      object: 'DISEASE',
    });
    expect(civicClaim('Prognostic', 'Better Outcome')).toMatchObject({ predicate: 'ASSOCIATED_WITH', sign: -1 });
    expect(civicClaim('Diagnostic', 'Positive')).toMatchObject({ predicate: 'BIOMARKER_OF', sign: 1 });
    expect(civicClaim('Diagnostic', 'Negative')).toMatchObject({ predicate: 'BIOMARKER_OF', sign: -1 });
  });

  it('gives a reason for what it cannot hold instead of guessing', () => {
    expect(civicClaim('Predictive', 'Adverse Response')).toEqual({ skip: expect.stringMatching(/toxicity/) });
    expect(civicClaim('Predisposing', 'Predisposition')).toEqual({ skip: expect.stringMatching(/^predisposing/) });
    expect(civicClaim('Oncogenic', 'Oncogenicity')).toHaveProperty('skip');
    expect(civicClaim('Prognostic', 'N/A')).toHaveProperty('skip');
    expect(civicClaim('Speculative', 'Resistance')).toEqual({ skip: 'unknown evidence type "Speculative"' });
  });
});

describe('row values', () => {
  it('reads direction, level, model system and origin', () => {
    expect(civicDirection('Supports')).toBe('SUPPORTS');
    expect(civicDirection('Does Not Support')).toBe('REFUTES');
    expect(civicDirection('N/A')).toBeNull();
    expect(civicLevel('b')).toBe('B');
    expect(civicLevel('F')).toBeNull();
    expect(civicModelSystem('A', true)).toBe('CLINICAL_TRIAL');
    expect(civicModelSystem('C', false)).toBe('PATIENT_COHORT');
    expect(civicModelSystem('D', false)).toBe('CELL_LINE');
    expect(civicModelSystem('E', false)).toBe('COMPUTATIONAL');
    expect(civicVariantOrigin('Somatic')).toBe('SOMATIC');
    expect(civicVariantOrigin('Rare Germline')).toBe('GERMLINE');
    expect(civicVariantOrigin('Unknown')).toBeNull();
  });
});

describe('civicProfile', () => {
  it('splits AND profiles into variants, parsing protein changes', () => {
    const vs = civicProfile('EGFR T790M AND EGFR C797S');
    expect(Array.isArray(vs) && vs.map((v) => [v.symbol, v.change?.hgvsp])).toEqual([
      ['EGFR', 'p.Thr790Met'],
      ['EGFR', 'p.Cys797Ser'],
    ]);
  });

  it('types named alterations and refuses OR, NOT and bare names', () => {
    expect(civicProfile('ERBB2 Amplification')).toMatchObject([{ change: null, alterationType: 'AMPLIFICATION' }]);
    expect(civicProfile('ALK Fusion')).toMatchObject([{ alterationType: 'FUSION' }]);
    expect(civicProfile('EGFR Exon 19 Deletion')).toMatchObject([{ alterationType: 'IN_FRAME_INDEL' }]);
    expect(civicProfile('EGFR T790M OR EGFR C797S')).toHaveProperty('problem');
    expect(civicProfile('NOT EGFR T790M')).toHaveProperty('problem');
    expect(civicProfile('EGFR')).toHaveProperty('problem');
    expect(civicProfile('')).toEqual({ problem: 'molecular_profile is empty' });
  });
});

describe('import all', () => {
  it('recognises the CIViC export by name or, renamed, by its header', () => {
    const header = readFileSync(new URL('../fixtures/importers/civic-evidence.tsv', import.meta.url), 'utf8').split(
      '\n',
    )[0]!;
    expect(isCivicHeader(header)).toBe(true);
    expect(isCivicHeader('gene_name\tdrug_name\tinteraction_type')).toBe(false);
    const { plan, other } = planImports(
      ['ClinicalEvidenceSummaries.tsv', 'civic-2024.tsv', 'hgnc_complete_set.txt', 'x.tsv'],
      {
        'civic-2024.tsv': header,
        'x.tsv': 'a\tb',
      },
    );
    expect(plan.map((p) => [p.file, p.name])).toEqual([
      ['hgnc_complete_set.txt', 'hgnc'],
      ['ClinicalEvidenceSummaries.tsv', 'civic'],
      ['civic-2024.tsv', 'civic'],
    ]);
    expect(other).toEqual(['x.tsv']);
  });
});
