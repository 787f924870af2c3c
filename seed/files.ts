/** Reads the curated seed files (seed/data/*.yaml) and checks them before anything is written. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  AGENT_TYPE,
  APPROVAL_STATUS,
  ALTERATION_TYPE,
  COMBINATION_TYPE,
  DIRECTION,
  EVIDENCE_LEVEL,
  EVIDENCE_TYPE,
  MECHANISM,
  MODEL_SYSTEM,
  PREDICATE,
  RESISTANCE_TYPE,
  SIGNIFICANCE,
  VARIANT_ORIGIN,
  signProblem,
  significanceProblem,
  type Vocabulary,
} from '../domain/vocabulary.js';
import { variantRecord } from '../domain/variant.js';
import type { SeedFiles, StatementSeed, VariantSeed } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** seed/data in the source tree, also when running from dist/seed. */
export const SEED_DATA_DIR = existsSync(path.join(here, 'data'))
  ? path.join(here, 'data')
  : path.resolve(here, '../../seed/data');

const FILES: Record<Exclude<keyof SeedFiles, 'statements'>, string> = {
  publications: 'publications.yaml',
  genes: 'genes.yaml',
  geneFamilies: 'gene-families.yaml',
  mirnas: 'mirnas.yaml',
  drugs: 'drugs.yaml',
  drugClasses: 'drug-classes.yaml',
  pathways: 'pathways.yaml',
  processes: 'processes.yaml',
  diseases: 'diseases.yaml',
  cellLines: 'cell-lines.yaml',
  variants: 'variants.yaml',
  combinations: 'combinations.yaml',
};

export class SeedError extends Error {}

function readList(dir: string, file: string): unknown[] {
  const full = path.join(dir, file);
  if (!existsSync(full)) return [];
  const data = parse(readFileSync(full, 'utf8')) as unknown;
  if (data == null) return [];
  if (!Array.isArray(data)) throw new SeedError(`${file}: expected a list at the top level`);
  return data;
}

export function readSeedFiles(dir = SEED_DATA_DIR): SeedFiles {
  const out: Partial<SeedFiles> = {};
  for (const [key, file] of Object.entries(FILES)) (out as Record<string, unknown>)[key] = readList(dir, file);
  out.statements = readdirSync(dir)
    .filter((f) => /^statements.*\.yaml$/.test(f))
    .sort()
    .flatMap((f) => readList(dir, f) as StatementSeed[]);
  const files = out as SeedFiles;
  const problems = validateSeed(files);
  if (problems.length > 0) {
    throw new SeedError(`seed data has ${problems.length} problem(s):\n  ${problems.slice(0, 30).join('\n  ')}`);
  }
  return files;
}

const CURIE = /^[A-Za-z][A-Za-z0-9.]*:[^\s]+$/;

/** Every problem with the seed, as "where: what" lines (empty when it is sound). */
export function validateSeed(f: SeedFiles): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const define = (id: unknown, where: string) => {
    if (typeof id !== 'string' || !CURIE.test(id)) problems.push(`${where}: id ${JSON.stringify(id)} is not a CURIE`);
    else if (ids.has(id)) problems.push(`${where}: id ${id} already defined in ${ids.get(id)}`);
    else ids.set(id, where);
  };
  /** A value that must be in a vocabulary (absent is fine unless `required`). */
  const term = (v: Vocabulary, value: unknown, where: string, required = true) => {
    if ((required || value != null) && !v.has(value))
      problems.push(`${where}: ${JSON.stringify(value)} is not a ${v.name} (${v.values.join(', ')})`);
  };
  const lists: [keyof SeedFiles, string][] = [
    ['genes', 'genes'],
    ['geneFamilies', 'gene-families'],
    ['mirnas', 'mirnas'],
    ['drugs', 'drugs'],
    ['drugClasses', 'drug-classes'],
    ['pathways', 'pathways'],
    ['processes', 'processes'],
    ['diseases', 'diseases'],
    ['cellLines', 'cell-lines'],
    ['combinations', 'combinations'],
  ];
  const genes = new Map(f.genes.map((g) => [g.id, g]));
  f.variants.forEach((v, i) => {
    const gene = genes.get(v.gene);
    if (!gene) return void problems.push(`variants[${i}]: unknown gene ${v.gene}`);
    term(ALTERATION_TYPE, v.alterationType, `variants[${i}] alterationType`);
    try {
      define(seedVariantRecord(v, gene.symbol).id, `variants[${i}]`);
    } catch (e) {
      problems.push(`variants[${i}]: ${(e as Error).message}`);
    }
  });
  for (const [key, file] of lists) {
    (f[key] as { id: string; name?: string }[]).forEach((e, i) => {
      define(e.id, `${file}[${i}]`);
      if (!e.name || typeof e.name !== 'string') problems.push(`${file}[${i}] ${e.id}: missing name`);
    });
  }
  const pubs = new Map(f.publications.map((p) => [p.id, p]));
  f.publications.forEach((p, i) => {
    if (!p.id || !CURIE.test(p.id)) problems.push(`publications[${i}]: id ${JSON.stringify(p.id)} is not a CURIE`);
    if (p.pmid !== undefined && !/^\d{1,9}$/.test(String(p.pmid)))
      problems.push(`publications[${i}] ${p.id}: pmid must be digits`);
    if (p.doi !== undefined && !/^10\.\d{4,9}\/\S+$/.test(p.doi))
      problems.push(`publications[${i}] ${p.id}: doi ${p.doi} is malformed`);
  });
  const ref = (id: string, where: string) => {
    if (!ids.has(id)) problems.push(`${where}: unknown id ${id}`);
  };
  f.geneFamilies.forEach((g) => g.members.forEach((m) => ref(m, `gene-families ${g.id} member`)));
  f.drugClasses.forEach((c) => c.members.forEach((m) => ref(m, `drug-classes ${c.id} member`)));
  f.drugs.forEach((d) => {
    if (d.actsThrough) ref(d.actsThrough, `drugs ${d.id} actsThrough`);
    term(AGENT_TYPE, d.agentType, `drugs ${d.id} agentType`);
    term(APPROVAL_STATUS, d.approvalStatus, `drugs ${d.id} approvalStatus`);
  });

  const checkStatement = (s: Omit<StatementSeed, 'subject'> & { subject: string }, where: string) => {
    if (!PREDICATE.has(s.predicate)) problems.push(`${where}: unknown predicate ${s.predicate}`);
    else {
      const p = signProblem(s.predicate, s.sign, s.interactionType);
      if (p) problems.push(`${where}: ${p}`);
    }
    term(MECHANISM, s.mechanism, `${where} mechanism`, false);
    ref(s.subject, `${where} subject`);
    ref(s.object, `${where} object`);
    if (s.context?.disease) ref(s.context.disease, `${where} context.disease`);
    (s.context?.alterations ?? []).forEach((a) => ref(a, `${where} context.alterations`));
    term(RESISTANCE_TYPE, s.context?.resistanceType, `${where} context.resistanceType`, false);
    term(VARIANT_ORIGIN, s.context?.variantOrigin, `${where} context.variantOrigin`, false);
    if (!Array.isArray(s.evidence) || s.evidence.length === 0) problems.push(`${where}: no evidence`);
    (s.evidence ?? []).forEach((e, j) => {
      const w = `${where} evidence[${j}]`;
      const pub = pubs.get(e.source);
      if (!pub) problems.push(`${w}: unknown source ${e.source}`);
      else if (e.sentenceKey && !pub.sentences?.[e.sentenceKey])
        problems.push(`${w}: ${e.source} has no sentence ${e.sentenceKey}`);
      term(EVIDENCE_LEVEL, e.level, `${w} level`);
      term(MODEL_SYSTEM, e.modelSystem, `${w} modelSystem`);
      term(DIRECTION, e.direction, `${w} direction`);
      term(SIGNIFICANCE, e.significance, `${w} significance`, false);
      term(EVIDENCE_TYPE, e.evidenceType, `${w} evidenceType`, false);
      const mismatch = significanceProblem(e.evidenceType, e.significance);
      if (mismatch) problems.push(`${w}: ${mismatch}`);
      if (!Number.isInteger(e.rating) || e.rating < 1 || e.rating > 5) problems.push(`${w}: rating must be 1-5`);
    });
  };
  f.statements.forEach((s, i) => {
    define(s.id, `statements[${i}]`);
    checkStatement(s, `statement ${s.id}`);
  });
  f.combinations.forEach((c) => {
    c.components.forEach((m) => ref(m, `combination ${c.id} component`));
    term(COMBINATION_TYPE, c.interactionType, `combination ${c.id} interactionType`);
    c.statements.forEach((s) => {
      define(s.id, `combination ${c.id}`);
      checkStatement({ ...s, subject: c.id }, `statement ${s.id}`);
    });
  });
  return problems;
}

/** The stored record of a seed variant (its id defaults to the project id of gene + change). */
export function seedVariantRecord(v: VariantSeed, symbol: string) {
  return variantRecord({
    id: v.id,
    geneId: v.gene,
    symbol,
    hgvsp: v.hgvsp ?? null,
    name: v.name,
    alterationType: v.alterationType,
    aliases: v.aliases,
    note: v.note,
  });
}
