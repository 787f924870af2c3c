/**
 * CIViC clinical evidence (ClinicalEvidenceSummaries.tsv from civicdb.org/releases): each accepted
 * row becomes one evidence record (source infores:civic, id from evidence_id) on a statement whose
 * subject is the profile's first variant, with every variant of an AND profile in its context
 * alterations; the object is the therapy, a Combination of the therapies (COMBINATION, SEQUENTIAL)
 * or, for SUBSTITUTES, each therapy in its own statement; prognostic and diagnostic rows point at
 * the disease. Rows the vocabulary cannot hold are skipped and reported by line and reason; a row
 * with a bad value refuses the whole file. The mapping is domain/civic.ts (docs/importing.md).
 */
import type { Database } from '../../db/database.js';
import type { EvidenceRow, StatementRow } from '../../db/seed.repo.js';
import {
  civicClaim,
  civicDirection,
  civicLevel,
  civicModelSystem,
  civicProfile,
  civicSignificance,
  civicVariantOrigin,
  type CivicClaim,
  type CivicVariant,
} from '../../domain/civic.js';
import { variantOfStatement, variantRecord } from '../../domain/variant.js';
import { COMBINATION_TYPE, type EvidenceLevel, type Significance } from '../../domain/vocabulary.js';
import { ImportError, cell, columns, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';

const col = (name: string, required = true) => ({ names: [name], required });
export const CIVIC_COLUMNS = {
  profile: col('molecular_profile'),
  profileId: col('molecular_profile_id', false),
  disease: col('disease'),
  doid: col('doid'),
  phenotypes: col('phenotypes', false),
  therapies: col('therapies'),
  interaction: col('therapy_interaction_type'),
  evidenceType: col('evidence_type'),
  direction: col('evidence_direction'),
  level: col('evidence_level'),
  significance: col('significance'),
  statement: col('evidence_statement'),
  citationId: col('citation_id'),
  sourceType: col('source_type'),
  ascoId: col('asco_abstract_id', false),
  citation: col('citation', false),
  nctIds: col('nct_ids', false),
  rating: col('rating'),
  status: col('evidence_status'),
  evidenceId: col('evidence_id'),
  origin: col('variant_origin', false),
  reviewed: col('last_review_date', false),
  url: col('evidence_civic_url', false),
  profileUrl: col('molecular_profile_civic_url', false),
  flagged: col('is_flagged', false),
};
type Col = keyof typeof CIVIC_COLUMNS;

/** Whether a TSV header line is CIViC's clinical evidence export (for `import -- all`). */
export function isCivicHeader(line: string): boolean {
  const cells = new Set(line.split('\t').map((c) => c.trim().toLowerCase()));
  return Object.values(CIVIC_COLUMNS).every((c) => !c.required || c.names.some((n) => cells.has(n)));
}

interface Row {
  line: number;
  evidenceId: string;
  variants: CivicVariant[];
  claim: CivicClaim;
  therapies: string[];
  interaction: 'COMBINATION' | 'SEQUENTIAL' | 'SUBSTITUTES' | null;
  doid: string;
  disease: string;
  direction: 'SUPPORTS' | 'REFUTES';
  level: EvidenceLevel;
  rating: number;
  status: 'ACCEPTED' | 'SUBMITTED';
  get: (c: Col) => string;
}

export interface CivicOptions {
  /** Load submitted (not yet accepted) rows too, as SUBMITTED evidence that never counts toward belief. */
  includeSubmitted?: boolean;
}

const slug = (s: string) => s.toUpperCase().replace(/[^A-Z0-9-]+/g, '_');

function parseRow(
  n: number,
  cells: string[],
  index: Record<Col, number>,
  opts: CivicOptions,
  problems: string[],
  skipped: string[],
): Row | null {
  const get = (c: Col) => cell(cells, index[c]);
  const bad = (m: string) => problems.push(`line ${n}: ${m}`);
  const before = problems.length;
  const evidenceId = get('evidenceId');
  if (!/^\d+$/.test(evidenceId)) bad(`evidence_id ${JSON.stringify(evidenceId)} is not a number`);
  const status = get('status').toLowerCase();
  if (!['accepted', 'submitted', 'rejected'].includes(status))
    bad(`evidence_status ${JSON.stringify(get('status'))} is not accepted, submitted or rejected`);
  const direction = civicDirection(get('direction'));
  if (!direction) bad(`evidence_direction ${JSON.stringify(get('direction'))} is not Supports or Does Not Support`);
  const level = civicLevel(get('level'));
  if (!level) bad(`evidence_level ${JSON.stringify(get('level'))} is not A–E`);
  const ratingText = get('rating');
  const rating = Number(ratingText);
  if (ratingText && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
    bad(`rating ${JSON.stringify(ratingText)} is not 1–5`);
  const doid = get('doid');
  if (doid && !/^\d+$/.test(doid)) bad(`doid ${JSON.stringify(doid)} is not a number`);
  const sourceType = get('sourceType').toLowerCase();
  if (sourceType === 'pubmed' && !/^\d{1,9}$/.test(get('citationId')))
    bad(`citation_id ${JSON.stringify(get('citationId'))} is not a PubMed id`);
  const significance = civicSignificance(get('evidenceType'), get('significance'));
  if (significance && typeof significance === 'object') bad(significance.problem);
  const interactionText = get('interaction').toUpperCase();
  if (interactionText && !COMBINATION_TYPE.has(interactionText))
    bad(`therapy_interaction_type ${JSON.stringify(get('interaction'))} is not Combination, Sequential or Substitutes`);
  if (problems.length > before) return null;
  if (status === 'rejected' || (status === 'submitted' && !opts.includeSubmitted)) {
    skipped.push(
      `line ${n}: evidence_status ${status}${status === 'submitted' ? ' (load with --include-submitted)' : ''}`,
    );
    return null;
  }
  if (!ratingText) {
    skipped.push(`line ${n}: no rating (every evidence record needs one to weigh it)`);
    return null;
  }
  const variants = civicProfile(get('profile'));
  if ('problem' in variants) {
    skipped.push(`line ${n}: ${variants.problem}`);
    return null;
  }
  const claim = civicClaim(get('evidenceType'), significance as Significance | null);
  if ('skip' in claim) {
    skipped.push(`line ${n}: ${claim.skip}`);
    return null;
  }
  const therapies = get('therapies')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (claim.object === 'THERAPY' && therapies.length === 0) {
    bad('a predictive row names no therapy');
    return null;
  }
  if (claim.object === 'DISEASE' && !doid) {
    skipped.push(`line ${n}: ${claim.predicate} needs a disease and the row has no doid`);
    return null;
  }
  const interaction = therapies.length > 1 ? ((interactionText || 'COMBINATION') as Row['interaction']) : null;
  return {
    line: n,
    evidenceId,
    variants,
    claim,
    therapies,
    interaction,
    doid,
    disease: get('disease'),
    direction: direction!,
    level: level!,
    rating,
    status: status === 'accepted' ? 'ACCEPTED' : 'SUBMITTED',
    get,
  };
}

export async function importCivic(
  db: Database,
  path: string,
  log: Progress = () => undefined,
  opts: CivicOptions = {},
): Promise<Record<string, unknown>> {
  const started = Date.now();
  log(`civic: reading ${path}`);
  const rows: Row[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  let index: Record<Col, number> | undefined;
  for await (const [n, line] of readLines(path, log)) {
    if (!index) {
      index = columns(line, CIVIC_COLUMNS, path);
      continue;
    }
    if (!line.trim()) continue;
    const row = parseRow(n, line.split('\t'), index, opts, problems, skipped);
    if (row) rows.push(row);
  }
  if (!index) problems.push('line 1: the file is empty');
  if (problems.length) throw new ImportError(path, problems);

  const symbols = [...new Set(rows.flatMap((r) => r.variants.map((v) => v.symbol)))];
  const genes = await resolveExisting(db, 'GENE', symbols);
  const variantNames = rows.flatMap((r) => r.variants.map((v) => `${v.symbol} ${v.name}`));
  const variants = await resolveExisting(db, 'VARIANT', variantNames);
  const drugs = await resolveExisting(
    db,
    'DRUG',
    rows.flatMap((r) => r.therapies),
  );
  const diseases = await resolveExisting(
    db,
    'DISEASE',
    rows.flatMap((r) => (r.doid ? [`DOID:${r.doid}`, r.disease] : [])),
  );
  const combinationName = (names: string[]) => names.join(' + ');
  const combos = await resolveExisting(
    db,
    'COMBINATION',
    rows.filter((r) => r.interaction && r.interaction !== 'SUBSTITUTES').map((r) => combinationName(r.therapies)),
  );

  const batch: ImportBatch = {
    entities: [],
    synonyms: [],
    publications: [],
    statements: [],
    evidence: [],
    components: [],
  };
  const created = new Set<string>();
  const newDrugs: string[] = [];
  const newDiseases: string[] = [];
  const statements = new Map<string, StatementRow>();
  const evidence = new Map<string, EvidenceRow>();
  const publications = new Map<string, Record<string, unknown>>();
  const variantStatements = new Map<string, StatementRow>();

  const geneId = (symbol: string) => {
    const found = genes.get(symbol);
    if (found) return found;
    const id = `RESISTKG:civic-gene-${slug(symbol)}`;
    if (!created.has(id)) {
      created.add(id);
      const [e, s] = newEntity('GENE', id, symbol, [], { symbol, source: 'CIViC' });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    return id;
  };
  const variantId = (v: CivicVariant) => {
    const found = variants.get(`${v.symbol} ${v.name}`);
    if (found) return found;
    const gene = geneId(v.symbol);
    const record = variantRecord({
      geneId: gene,
      symbol: v.symbol,
      hgvsp: v.change?.hgvsp ?? null,
      name: v.change ? undefined : `${v.symbol} ${v.name}`,
      alterationType: v.alterationType,
      aliases: v.change ? [`${v.symbol} ${v.name}`] : [],
    });
    if (!created.has(record.id)) {
      created.add(record.id);
      batch.entities.push({ id: record.id, kind: 'VARIANT', props: { ...record.props, source: 'CIViC' } });
      batch.synonyms.push({ id: record.id, names: record.names });
      variantStatements.set(record.id, variantOfStatement(record.id, gene));
    }
    return record.id;
  };
  const drugId = (name: string) => {
    const found = drugs.get(name);
    if (found) return found;
    const id = `RESISTKG:civic-drug-${slug(name)}`;
    if (!created.has(id)) {
      created.add(id);
      newDrugs.push(name);
      const [e, s] = newEntity('DRUG', id, name.toLowerCase(), [name], {
        synonyms: [name],
        agentType: 'UNSPECIFIED',
        approvalStatus: 'EXPERIMENTAL',
        source: 'CIViC',
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    return id;
  };
  const diseaseId = (r: Row) => {
    if (!r.doid) return null;
    const curie = `DOID:${r.doid}`;
    const found = diseases.get(curie) ?? diseases.get(r.disease);
    if (found) return found;
    if (!created.has(curie)) {
      created.add(curie);
      newDiseases.push(`${curie} ${r.disease}`);
      const [e, s] = newEntity('DISEASE', curie, r.disease || curie, [], { xrefs: [curie], source: 'CIViC' });
      batch.entities.push(e);
      batch.synonyms.push(s);
    }
    return curie;
  };
  const combinationId = (r: Row) => {
    const name = combinationName(r.therapies);
    const found = combos.get(name);
    if (found) return found;
    const components = r.therapies.map(drugId);
    const id = `RESISTKG:civic-combo-${stableHash(`${r.interaction}|${components.join('|')}`)}`;
    if (!created.has(id)) {
      created.add(id);
      const [e, s] = newEntity('COMBINATION', id, name, [], {
        components,
        interactionType: r.interaction,
        factKeys: [],
        source: 'CIViC',
      });
      batch.entities.push(e);
      batch.synonyms.push(s);
      batch.components!.push({ id, components });
    }
    return id;
  };
  const publication = (r: Row) => {
    const type = r.get('sourceType').toLowerCase();
    const citation = r.get('citation') || null;
    if (type === 'pubmed') {
      const pmid = r.get('citationId');
      publications.set(`PMID:${pmid}`, { pmid, title: citation ?? `PMID ${pmid}`, name: citation ?? `PMID ${pmid}` });
      return `PMID:${pmid}`;
    }
    const local = r.get('ascoId') || r.get('citationId') || r.evidenceId;
    const id = `RESISTKG:civic-source-${type.replace(/[^a-z0-9]+/g, '-') || 'unknown'}-${local.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    const title = citation ?? `${r.get('sourceType')} ${local}`;
    publications.set(id, { title, name: title, sourceType: r.get('sourceType'), url: r.get('url') || null });
    return id;
  };

  for (const r of rows) {
    const alterations = r.variants.map(variantId);
    const disease = diseaseId(r);
    const objects =
      r.claim.object === 'DISEASE'
        ? [disease!]
        : r.interaction === 'COMBINATION' || r.interaction === 'SEQUENTIAL'
          ? [combinationId(r)]
          : r.therapies.map(drugId);
    const source = publication(r);
    const origin = civicVariantOrigin(r.get('origin'));
    objects.forEach((object, i) => {
      const subject = alterations[0]!;
      const key = [subject, r.claim.predicate, object, r.claim.sign, disease, alterations.join(','), origin].join('|');
      const statementId = `RESISTKG:stmt-civic-${stableHash(key)}`;
      if (!statements.has(statementId))
        statements.set(statementId, {
          id: statementId,
          subject,
          predicate: r.claim.predicate,
          object,
          sign: r.claim.sign,
          props: {
            contextDisease: disease,
            contextAlterations: alterations,
            contextVariantOrigin: origin,
            contextNote:
              r.interaction === 'SUBSTITUTES' ? `one of the substitutable therapies ${r.therapies.join(', ')}` : null,
            tier: 'IMPORT',
            factKeys: [],
            source: 'CIViC',
          },
          edgeProps: { interactionType: null, mechanism: null, disease },
        });
      const id = `RESISTKG:ev-civic-EID${r.evidenceId}${objects.length > 1 ? `-${i + 1}` : ''}`;
      if (evidence.has(id)) problems.push(`line ${r.line}: evidence_id ${r.evidenceId} appears more than once`);
      evidence.set(id, {
        id,
        statementId,
        source,
        direction: r.direction,
        props: {
          sentence: r.get('statement') || null,
          level: r.level,
          modelSystem: civicModelSystem(r.level, r.get('nctIds') !== ''),
          rating: r.rating,
          status: r.status,
          curator: 'import:civic',
          significance: r.claim.significance,
          evidenceType: r.get('evidenceType').toUpperCase(),
          civicEvidenceId: Number(r.evidenceId),
          civicMolecularProfile: r.get('profile'),
          civicMolecularProfileId: r.get('profileId') || null,
          civicTherapies: r.therapies,
          civicTherapyInteractionType: r.interaction,
          civicPhenotypes: r.get('phenotypes') || null,
          civicVariantOrigin: r.get('origin') || null,
          civicSourceType: r.get('sourceType'),
          civicCitationId: r.get('citationId'),
          nctIds: r.get('nctIds')
            ? r
                .get('nctIds')
                .split(/[,;\s]+/)
                .filter(Boolean)
            : [],
          lastReviewDate: r.get('reviewed') || null,
          url: r.get('url') || null,
          profileUrl: r.get('profileUrl') || null,
          flagged: r.get('flagged').toLowerCase() === 'true',
        },
      });
    });
  }
  if (problems.length) throw new ImportError(path, problems);
  batch.statements = [...variantStatements.values(), ...statements.values()];
  batch.evidence = [...evidence.values()];
  batch.publications = [...publications].map(([id, props]) => ({ id, props }));
  if (skipped.length) log(`civic: skipped ${skipped.length} row(s):\n  ${skipped.join('\n  ')}`);
  if (newDrugs.length) log(`civic: therapies not in the graph, created: ${newDrugs.join(', ')}`);
  await writeImport(db, batch, log, 'civic');
  const summary = {
    rows: rows.length,
    statements: statements.size,
    evidence: batch.evidence.length,
    newEntities: batch.entities.length,
    newDrugs,
    newDiseases,
    skipped,
  };
  log(`civic: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return summary;
}
