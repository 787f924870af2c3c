/** CIViC's clinical evidence rows in the project's terms (domain/civic.ts) and how `import -- all` spots the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  civicClaim,
  civicDirection,
  civicLevel,
  civicModelSystem,
  civicProfile,
  civicSignificance,
  civicVariantOrigin,
} from '../../domain/civic.js';
import { SIGNIFICANCE } from '../../domain/vocabulary.js';
import { planImports } from '../../seed/importers/all.js';
import { isCivicHeader } from '../../seed/importers/civic-rows.js';

/** The row's evidence type and significance cells through both steps, as the importer does. */
function claimOf(type: string, significance: string) {
  const sig = civicSignificance(type, significance);
  if (sig && typeof sig === 'object') throw new Error(sig.problem);
  return civicClaim(type, sig);
}

describe('civicSignificance', () => {
  it('reads every value CIViC documents, by its word or its API enum name', () => {
    const words: Record<string, string> = {
      'Sensitivity/Response': 'SENSITIVITY_RESPONSE',
      'Reduced Sensitivity': 'REDUCED_SENSITIVITY',
      Resistance: 'RESISTANCE',
      'Adverse Response': 'ADVERSE_RESPONSE',
      'N/A': 'NA',
    };
    for (const [word, value] of Object.entries(words)) expect(civicSignificance('Predictive', word)).toBe(value);
    expect(civicSignificance('Predictive', 'SENSITIVITYRESPONSE')).toBe('SENSITIVITY_RESPONSE');
    expect(civicSignificance('Prognostic', 'Poor Outcome')).toBe('POOR_OUTCOME');
    expect(civicSignificance('Prognostic', 'Better Outcome')).toBe('BETTER_OUTCOME');
    expect(civicSignificance('Diagnostic', 'Positive')).toBe('POSITIVE');
    expect(civicSignificance('Diagnostic', 'Negative')).toBe('NEGATIVE');
    expect(civicSignificance('Predisposing', 'Predisposition')).toBe('PREDISPOSITION');
    expect(civicSignificance('Predisposing', 'Protectiveness')).toBe('PROTECTIVENESS');
    expect(civicSignificance('Oncogenic', 'Oncogenicity')).toBe('ONCOGENICITY');
    for (const [word, value] of [
      ['Gain of Function', 'GAIN_OF_FUNCTION'],
      ['Loss of Function', 'LOSS_OF_FUNCTION'],
      ['Unaltered Function', 'UNALTERED_FUNCTION'],
      ['Neomorphic', 'NEOMORPHIC'],
      ['Dominant Negative', 'DOMINANT_NEGATIVE'],
      ['Unknown', 'UNKNOWN'],
    ])
      expect(civicSignificance('Functional', word!)).toBe(value);
    // Every CIViC value of the vocabulary is read back from its own word.
    for (const v of SIGNIFICANCE.values) {
      const { civic, evidenceTypes } = SIGNIFICANCE.terms[v];
      if (civic) expect(civicSignificance(evidenceTypes[0]!, civic)).toBe(v);
    }
    expect(civicSignificance('Predictive', ' ')).toBeNull();
  });

  it('refuses a value CIViC does not document, or one of another evidence type', () => {
    expect(civicSignificance('Predictive', 'Sensitive')).toEqual({
      problem: 'significance "Sensitive" is not one of CIViC\'s values',
    });
    expect(civicSignificance('Predictive', 'MECHANISTIC')).toHaveProperty('problem');
    expect(civicSignificance('Prognostic', 'Resistance')).toEqual({
      problem: 'significance RESISTANCE belongs to PREDICTIVE evidence, not PROGNOSTIC',
    });
  });
});

describe('civicClaim', () => {
  it('maps predictive significances to the resistance and sensitivity predicates, keeping the exact value', () => {
    expect(claimOf('Predictive', 'Resistance')).toEqual({
      predicate: 'CONFERS_RESISTANCE_TO',
      sign: 1,
      significance: 'RESISTANCE',
      object: 'THERAPY',
    });
    expect(claimOf('Predictive', 'Reduced Sensitivity')).toMatchObject({
      predicate: 'CONFERS_RESISTANCE_TO',
      significance: 'REDUCED_SENSITIVITY',
    });
    expect(claimOf('Predictive', 'Sensitivity/Response')).toMatchObject({
      predicate: 'SENSITIZES_TO',
      significance: 'SENSITIVITY_RESPONSE',
    });
  });

  it('points prognostic and diagnostic rows at the disease with a sign', () => {
    expect(claimOf('Prognostic', 'Poor Outcome')).toMatchObject({
      predicate: 'ASSOCIATED_WITH',
      sign: 1,
      significance: 'POOR_OUTCOME',
      object: 'DISEASE',
    });
    expect(claimOf('Prognostic', 'Better Outcome')).toMatchObject({ predicate: 'ASSOCIATED_WITH', sign: -1 });
    expect(claimOf('Diagnostic', 'Positive')).toMatchObject({ predicate: 'BIOMARKER_OF', sign: 1 });
    expect(claimOf('Diagnostic', 'Negative')).toMatchObject({
      predicate: 'BIOMARKER_OF',
      sign: -1,
      significance: 'NEGATIVE',
    });
  });

  it('gives a reason for what it cannot hold instead of guessing', () => {
    expect(claimOf('Predictive', 'Adverse Response')).toEqual({ skip: expect.stringMatching(/toxicity/) });
    expect(claimOf('Predisposing', 'Predisposition')).toEqual({ skip: expect.stringMatching(/^predisposing/) });
    expect(claimOf('Predisposing', '')).toEqual({ skip: expect.stringMatching(/^predisposing/) });
    expect(claimOf('Oncogenic', 'Oncogenicity')).toHaveProperty('skip');
    expect(claimOf('Prognostic', 'N/A')).toEqual({
      skip: 'prognostic significance "N/A" has no predicate in the vocabulary',
    });
    expect(claimOf('Predictive', '')).toEqual({ skip: 'predictive evidence without a significance' });
    expect(civicClaim('Speculative', 'RESISTANCE')).toEqual({ skip: 'unknown evidence type "Speculative"' });
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
