/** Loads the curated seed into Neo4j in one transaction. Loading twice changes nothing. */
import type { Database } from '../db/database.js';
import { recomputeBelief } from '../db/belief.repo.js';
import {
  mergeComponents,
  mergeEntities,
  mergeEvidence,
  mergePublications,
  mergeStatements,
  mergeSynonyms,
  type EntityRow,
  type EvidenceRow,
  type StatementRow,
} from '../db/seed.repo.js';
import { searchNames, type SearchName } from '../domain/names.js';
import { DEFAULT_PANEL, generateCohort } from './cohort-synthetic.js';
import { loadCohort } from './cohort-load.js';
import { structuralStatementId } from '../domain/variant.js';
import { readSeedFiles, seedVariantRecord } from './files.js';
import type { SeedFiles, StatementSeed } from './types.js';

export interface SeedSummary {
  entities: number;
  publications: number;
  statements: number;
  evidence: number;
}

type Named = { id: string; name: string; aliases?: string[]; synonyms?: string[]; symbol?: string };

/** Rank 0: id, symbol, primary name and the ids it is known by (`extra`); 1: other names. */
function synonymsOf(e: Named, extra: (string | undefined)[] = []): SearchName[] {
  return searchNames([e.id, e.symbol, e.name, ...extra], [...(e.aliases ?? []), ...(e.synonyms ?? [])]);
}

function entity(kind: string, e: Named, props: Record<string, unknown>): EntityRow {
  const names = [e.symbol, e.name, ...(e.aliases ?? []), ...(e.synonyms ?? [])].filter(Boolean);
  return {
    id: e.id,
    kind,
    props: {
      name: e.name,
      aliases: e.aliases ?? e.synonyms ?? [],
      searchText: names.join(' | '),
      curated: true,
      ...props,
    },
  };
}

export function seedRows(f: SeedFiles) {
  const entities: EntityRow[] = [];
  const synonyms: { id: string; names: ReturnType<typeof synonymsOf> }[] = [];
  const add = (kind: string, e: Named, props: Record<string, unknown>, extraIds: (string | undefined)[] = []) => {
    entities.push(entity(kind, e, props));
    synonyms.push({ id: e.id, names: synonymsOf(e, extraIds) });
  };
  for (const g of f.genes) {
    const { id: _id, name: _n, aliases: _a, ...rest } = g;
    add('GENE', g, rest, [g.hgncId, g.entrezId && `NCBIGene:${g.entrezId}`, g.entrezId, g.ensemblId, g.uniprotId]);
  }
  for (const g of f.geneFamilies) add('GENE_FAMILY', g, { note: g.note });
  for (const m of f.mirnas)
    add('MIRNA', m, { sequence: m.sequence ?? null, precursors: m.precursors ?? [], idSources: m.idSources });
  for (const d of f.drugs) {
    const { id: _id, name: _n, synonyms: _s, ...rest } = d;
    entities.push(entity('DRUG', d, { ...rest, synonyms: d.synonyms }));
    synonyms.push({ id: d.id, names: synonymsOf(d, [d.chemblId, d.drugbankId, d.chebiId]) });
  }
  for (const c of f.drugClasses) add('DRUG_CLASS', c, {});
  for (const p of f.pathways) add('PATHWAY', p, { source: p.source });
  for (const p of f.processes) add('PROCESS', p, { note: p.note ?? null });
  for (const d of f.diseases) add('DISEASE', d, { xrefs: d.xrefs }, d.xrefs);
  for (const c of f.cellLines) add('CELL_LINE', c, { note: c.note ?? null });
  const symbols = new Map(f.genes.map((g) => [g.id, g.symbol]));
  const variantIds: { id: string; gene: string }[] = [];
  for (const v of f.variants) {
    const r = seedVariantRecord(v, symbols.get(v.gene)!);
    entities.push({ id: r.id, kind: r.kind, props: { ...r.props, curated: true, idSources: v.idSources } });
    synonyms.push({ id: r.id, names: r.names });
    variantIds.push({ id: r.id, gene: v.gene });
  }
  for (const c of f.combinations) {
    add(
      'COMBINATION',
      { id: c.id, name: c.name, aliases: [] },
      { components: c.components, interactionType: c.interactionType, factKeys: c.factKeys },
    );
  }

  const statements: StatementRow[] = [];
  const evidence: EvidenceRow[] = [];
  const addStatement = (s: StatementSeed, structural = false) => {
    const context = s.context ?? {};
    statements.push({
      id: s.id,
      subject: s.subject,
      predicate: s.predicate,
      object: s.object,
      sign: s.sign,
      props: {
        interactionType: s.interactionType ?? null,
        mechanism: s.mechanism ?? null,
        contextDisease: context.disease ?? null,
        contextCellType: context.cellType ?? null,
        contextSetting: context.setting ?? null,
        contextNote: context.note ?? null,
        contextQualifier: context.qualifier ?? null,
        contextAlterations: context.alterations ?? [],
        contextResistanceType: context.resistanceType ?? null,
        contextVariantOrigin: context.variantOrigin ?? null,
        tier: s.tier,
        factKeys: s.factKeys,
        structural,
        curated: true,
      },
      edgeProps: {
        interactionType: s.interactionType ?? null,
        mechanism: s.mechanism ?? null,
        disease: context.disease ?? null,
      },
    });
    s.evidence.forEach((e, i) => {
      evidence.push({
        id: `${s.id.replace(':stmt-', ':ev-')}-${i + 1}`,
        statementId: s.id,
        source: e.source,
        direction: e.direction,
        props: {
          sentenceKey: e.sentenceKey ?? null,
          sentence:
            e.sentence ??
            (e.sentenceKey ? f.publications.find((p) => p.id === e.source)?.sentences?.[e.sentenceKey] : null) ??
            null,
          level: e.level,
          modelSystem: e.modelSystem,
          significance: e.significance ?? null,
          evidenceType: e.evidenceType ?? null,
          rating: e.rating,
          note: e.note ?? null,
          status: 'ACCEPTED',
          curator: 'seed',
        },
      });
    });
  };
  f.statements.forEach((s) => addStatement(s));
  f.combinations.forEach((c) => c.statements.forEach((s) => addStatement({ ...s, subject: c.id })));
  const membership = (
    member: string,
    group: string,
    note: string,
    predicate: 'MEMBER_OF' | 'VARIANT_OF' = 'MEMBER_OF',
  ): StatementSeed => ({
    id: structuralStatementId(predicate, member, group),
    subject: member,
    predicate,
    object: group,
    sign: 1,
    context: { note },
    tier: 'GK',
    factKeys: [],
    evidence: [],
  });
  f.geneFamilies.forEach((g) => g.members.forEach((m) => addStatement(membership(m, g.id, 'family membership'), true)));
  f.drugClasses.forEach((c) => c.members.forEach((m) => addStatement(membership(m, c.id, 'class membership'), true)));
  variantIds.forEach((v) => addStatement(membership(v.id, v.gene, 'variant of its gene', 'VARIANT_OF'), true));

  const publications = f.publications.map((p) => {
    const { id: _id, sentences: _s, ...rest } = p;
    return {
      id: p.id,
      props: {
        ...rest,
        name: p.title,
        pmid: p.pmid ? String(p.pmid) : null,
        sentenceKeys: Object.keys(p.sentences ?? {}),
      },
    };
  });
  const combinations = f.combinations.map((c) => ({ id: c.id, components: c.components }));
  return { entities, synonyms, publications, statements, evidence, combinations };
}

export async function loadSeed(db: Database, log: (msg: string) => void = () => undefined): Promise<SeedSummary> {
  const rows = seedRows(readSeedFiles());
  log(
    `seed: ${rows.entities.length} entities, ${rows.publications.length} publications, ${rows.statements.length} statements, ${rows.evidence.length} evidence`,
  );
  await db.writeTx(
    async (tx) => {
      await mergeEntities(tx, rows.entities);
      await mergeSynonyms(tx, rows.synonyms);
      await mergeComponents(tx, rows.combinations);
      await mergePublications(tx, rows.publications);
      await mergeStatements(tx, rows.statements);
      await mergeEvidence(tx, rows.evidence);
      await recomputeBelief(
        tx,
        rows.statements.map((s) => s.id),
      );
    },
    { timeoutMs: 120000, metadata: { operation: 'seed' } },
  );
  await loadCohort(db, generateCohort({ seed: 2025, patients: 300, panel: DEFAULT_PANEL }), log);
  log('seed: loaded');
  return {
    entities: rows.entities.length,
    publications: rows.publications.length,
    statements: rows.statements.length,
    evidence: rows.evidence.length,
  };
}
