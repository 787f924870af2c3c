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
import { civicModelSystem, civicVariantOrigin, type CivicVariant } from '../../domain/civic.js';
import { variantOfStatement, variantRecord } from '../../domain/variant.js';
import { ImportError, columns, readLines, stableHash, type Progress } from './lines.js';
import { newEntity, resolveExisting } from './resolve.js';
import { writeImport, type ImportBatch } from './write.js';
import { CIVIC_COLUMNS, parseRow, slug, type CivicOptions, type Col, type Row } from './civic-rows.js';

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
