/** The KGX mapping (domain/kgx.ts), the knowledge sources and the `import all` plan, without a database. */
import { describe, expect, it } from 'vitest';
import { fromKgxEdge, fromKgxNode, toKgxEdge, toKgxNode } from '../../domain/kgx.js';
import { sourceOf, SOURCES } from '../../domain/sources.js';
import { NODE_KIND, PREDICATE } from '../../domain/vocabulary.js';
import { planImports } from '../../seed/importers/all.js';

describe('Biolink mapping', () => {
  it('gives every node kind its own Biolink category and every predicate a Biolink predicate', () => {
    const categories = NODE_KIND.values.map((k) => NODE_KIND.terms[k].biolink);
    for (const c of categories) expect(c).toMatch(/^biolink:[A-Z][A-Za-z]+$/);
    expect(new Set(categories).size).toBe(categories.length);
    for (const p of PREDICATE.values) expect(PREDICATE.terms[p].biolink).toMatch(/^biolink:[a-z_]+$/);
  });
});

describe('KGX nodes', () => {
  const gene = {
    id: 'HGNC:1527',
    kind: 'GENE',
    name: 'caveolin 1',
    aliases: ['CAV'],
    searchText: 'HGNC:1527 | CAV1 | CAV',
    symbol: 'CAV1',
    entrezId: '857',
    uniprotId: 'Q03135',
    curated: true,
    imported: true,
    note: null,
  };
  it('write the category, synonyms, cross-references and the other properties, and read back the same', () => {
    const node = toKgxNode(gene);
    expect(node).toMatchObject({
      id: 'HGNC:1527',
      category: ['biolink:Gene'],
      name: 'caveolin 1',
      synonym: ['CAV'],
      xref: ['NCBIGene:857', 'UniProtKB:Q03135'],
      provided_by: ['infores:resistkg'],
      resistkg_symbol: 'CAV1',
      resistkg_entrez_id: '857',
    });
    expect(node).not.toHaveProperty('resistkg_search_text');
    expect(node).not.toHaveProperty('resistkg_note');
    expect(fromKgxNode(node)).toEqual({
      kind: 'GENE',
      id: 'HGNC:1527',
      name: 'caveolin 1',
      aliases: ['CAV'],
      props: { symbol: 'CAV1', entrezId: '857', uniprotId: 'Q03135', curated: true },
    });
  });
  it('refuse an unknown category or an id that is not a CURIE', () => {
    expect(fromKgxNode({ id: 'HGNC:1', category: ['biolink:Protein'], name: 'x' })).toMatch(/category/);
    expect(fromKgxNode({ id: 'CAV1', category: ['biolink:Gene'], name: 'x' })).toMatch(/CURIE/);
  });
});

describe('KGX edges', () => {
  const statement = {
    id: 'RESISTKG:stmt-x',
    subjectId: 'CHEMBL.COMPOUND:CHEMBL1336',
    objectId: 'HGNC:3691',
    predicate: 'TARGETS',
    sign: -1,
    belief: 0.7,
    interactionType: 'INHIBITOR',
    contextDisease: 'MONDO:0007256',
    factKeys: ['F1'],
    createdAt: '2026-01-01T00:00:00Z',
    inTraversalGraph: true,
  };
  const evidence = {
    id: 'RESISTKG:ev-x-1',
    statementId: 'RESISTKG:stmt-x',
    sourceId: 'PMID:40715090',
    sentence: 'Sorafenib inhibits FGFR4.',
    direction: 'SUPPORTS',
    level: 'D',
    modelSystem: 'CELL_LINE',
    status: 'ACCEPTED',
    curator: 'seed',
    version: 2,
  };
  it('carry the Biolink predicate and provenance, and read back the statement and evidence', () => {
    const edge = toKgxEdge({ statement, evidence });
    expect(edge).toMatchObject({
      id: 'RESISTKG:ev-x-1',
      subject: 'CHEMBL.COMPOUND:CHEMBL1336',
      predicate: 'biolink:affects',
      object: 'HGNC:3691',
      knowledge_level: 'knowledge_assertion',
      agent_type: 'manual_agent',
      primary_knowledge_source: 'infores:resistkg',
      publications: ['PMID:40715090'],
      supporting_text: ['Sorafenib inhibits FGFR4.'],
      belief: 0.7,
      evidence_level: 'D',
      evidence_model_system: 'CELL_LINE',
      statement_context_disease: 'MONDO:0007256',
    });
    expect(edge).not.toHaveProperty('statement_created_at');
    expect(edge).not.toHaveProperty('evidence_version');
    const back = fromKgxEdge(edge);
    expect(back).toEqual({
      statement: {
        id: 'RESISTKG:stmt-x',
        subject: 'CHEMBL.COMPOUND:CHEMBL1336',
        predicate: 'TARGETS',
        object: 'HGNC:3691',
        sign: -1,
        props: { interactionType: 'INHIBITOR', contextDisease: 'MONDO:0007256', factKeys: ['F1'] },
      },
      evidence: {
        id: 'RESISTKG:ev-x-1',
        statementId: 'RESISTKG:stmt-x',
        source: 'PMID:40715090',
        direction: 'SUPPORTS',
        props: {
          level: 'D',
          modelSystem: 'CELL_LINE',
          status: 'ACCEPTED',
          curator: 'seed',
          sentence: 'Sorafenib inhibits FGFR4.',
        },
      },
    });
  });
  it('credit an importer as the primary source and resistkg as the aggregator', () => {
    const edge = toKgxEdge({ statement, evidence: { ...evidence, curator: 'import:drugcentral' } });
    expect(edge).toMatchObject({
      primary_knowledge_source: 'infores:drugcentral',
      aggregator_knowledge_source: ['infores:resistkg'],
      agent_type: 'automated_agent',
    });
  });
  it('refuse a predicate outside the vocabulary or one that does not match its Biolink predicate', () => {
    const edge = toKgxEdge({ statement, evidence });
    expect(fromKgxEdge({ ...edge, statement_predicate: 'CURES' })).toMatch(/statement_predicate CURES/);
    expect(fromKgxEdge({ ...edge, predicate: 'biolink:treats' })).toMatch(/does not match TARGETS/);
    expect(fromKgxEdge({ ...edge, publications: [] })).toMatch(/publication/);
  });
});

describe('knowledge sources', () => {
  it('are found by importer tag or source name, and default to resistkg', () => {
    expect(sourceOf('import:hetionet')).toBe(SOURCES.hetionet);
    expect(sourceOf('DGIdb')).toBe(SOURCES.dgidb);
    expect(sourceOf('seed')).toBe(SOURCES.resistkg);
    expect(sourceOf(undefined)).toBe(SOURCES.resistkg);
  });
});

describe('import all', () => {
  it('orders the shared data files: HGNC first, entities before edges, and leaves the rest alone', () => {
    const { plan, other } = planImports([
      'hetionet-edges-5k.sif.gz',
      'drugcentral-targets.tsv',
      'README.md',
      'ReactomePathways.gmt',
      'hetionet-compound-binds-gene.open.tsv',
      'hgnc_complete_set.2019-01.txt.gz',
      'hetionet-nodes.tsv',
      'pathways.tsv',
    ]);
    expect(plan.map((p) => p.file)).toEqual([
      'hgnc_complete_set.2019-01.txt.gz',
      'hetionet-nodes.tsv',
      'ReactomePathways.gmt',
      'drugcentral-targets.tsv',
      'hetionet-compound-binds-gene.open.tsv',
      'hetionet-edges-5k.sif.gz',
    ]);
    expect(other).toEqual(['README.md', 'pathways.tsv']);
  });
});

describe('CURIE spelling', () => {
  it('writes prefixes as Biolink spells them (a DOI without "/") and reads them back as the graph does', () => {
    const pub = { id: 'DOI:10.1038/s41586-021-03741-7', kind: 'PUBLICATION', name: 'A paper', title: 'A paper' };
    const node = toKgxNode(pub);
    expect(node.id).toBe('doi:10.1038%2Fs41586-021-03741-7');
    expect(fromKgxNode(node)).toMatchObject({ id: 'DOI:10.1038/s41586-021-03741-7', kind: 'PUBLICATION' });
    const mir = toKgxNode({ id: 'MIRBASE:MIMAT0000252', kind: 'MIRNA', name: 'hsa-miR-7-5p', aliases: [] });
    expect(mir).toMatchObject({ id: 'mirbase:MIMAT0000252', category: ['biolink:MicroRNA'] });
    expect(fromKgxNode(mir)).toMatchObject({ id: 'MIRBASE:MIMAT0000252' });
  });
});
