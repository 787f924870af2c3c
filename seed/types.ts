/**
 * The shape of the curated seed files in seed/data/*.yaml. The loader validates every file against
 * these types (validateSeed in seed/files.ts) before anything is written, and reports file + entry on error.
 *
 * Identifiers are CURIEs. Registered prefixes where a verified id exists (HGNC:, NCBIGene:,
 * CHEMBL.COMPOUND:, DRUGBANK:, MIRBASE:, REACT:, KEGG.PATHWAY:, GO:, MONDO:, PMID:, DOI:);
 * otherwise the project's own prefix RESISTKG: (never an invented external id).
 */

import type {
  AgentType,
  AlterationType,
  ApprovalStatus,
  CombinationType,
  Direction,
  EvidenceLevel,
  EvidenceType,
  InteractionType,
  Mechanism,
  ModelSystem,
  Predicate,
  ResistanceType,
  Significance,
  VariantOrigin,
} from '../domain/vocabulary.js';

export type Sign = 1 | -1;

export interface PublicationSeed {
  id: string; // PMID:40715090, else DOI:10.1038/..., else PMC:PMC6461770, else RESISTKG:src-...
  pmid?: string; // digits only
  doi?: string; // 10.xxxx/...
  title: string;
  year?: number;
  journal?: string;
  /** Citation as seen, when title is not known exactly. */
  citation?: string;
  /** Sentence keys -> verbatim sentence text (e.g. S3 -> "We used multiple ..."). */
  sentences?: Record<string, string>;
  /** For sources with neither PMID nor DOI (a label, a product page): its address. */
  url?: string;
  /** Where the citation was seen (seed-facts.md source). */
  seenAt?: string;
}

export interface GeneSeed {
  id: string; // HGNC:1527 (or NCBIGene:... when no verified HGNC id)
  symbol: string;
  name: string;
  aliases: string[];
  hgncId?: string;
  entrezId?: string;
  ensemblId?: string;
  uniprotId?: string;
  /** Where the identifiers were checked. */
  idSources: string[];
}

/** A group of genes where the paper does not say which member is meant (AMPKα). */
export interface GeneFamilySeed {
  id: string; // RESISTKG:...
  name: string;
  aliases: string[];
  members: string[]; // gene ids; loaded as MEMBER_OF statements member -> family
  note: string;
}

export interface MiRNASeed {
  id: string; // MIRBASE:MIMAT0000252
  name: string; // hsa-miR-7-5p
  aliases: string[];
  sequence?: string;
  precursors?: string[]; // MIRBASE:MI0000263 ...
  idSources: string[];
}

export interface DrugSeed {
  id: string; // CHEMBL.COMPOUND:CHEMBL1336, else DRUGBANK:DB..., else RESISTKG:...
  name: string;
  synonyms: string[];
  agentType: AgentType;
  approvalStatus: ApprovalStatus;
  chemblId?: string;
  drugbankId?: string;
  chebiId?: string;
  /** For siRNAs and miRNA mimics: the gene or miRNA id the agent acts through. */
  actsThrough?: string;
  idSources: string[];
  note?: string;
}

export interface DrugClassSeed {
  id: string; // RESISTKG:...
  name: string;
  aliases: string[];
  members: string[]; // drug ids; loaded as MEMBER_OF statements drug -> class
}

export interface PathwaySeed {
  id: string; // REACT:R-HSA-165159, KEGG.PATHWAY:hsa04150
  name: string;
  aliases: string[];
  source: string;
}

export interface ProcessSeed {
  id: string; // GO:0006915 or RESISTKG:dormancy for phenotype-like nodes
  name: string;
  aliases: string[];
  note?: string;
}

export interface DiseaseSeed {
  id: string; // MONDO:0007256
  name: string;
  aliases: string[];
  xrefs: string[]; // DOID:684, EFO:0000182, ...
}

export interface CellLineSeed {
  id: string; // CVCL_0336 as CELLOSAURUS:CVCL_0336
  name: string;
  aliases: string[];
  note?: string;
}

/** A variant of a gene (design §4a); loaded with a VARIANT_OF statement to its gene. */
export interface VariantSeed {
  id?: string; // default RESISTKG:var-SYMBOL-p.Thr790Met (domain/variant.ts); CAID:CA... only when verified
  gene: string; // a GeneSeed id
  /** Canonical HGVS protein change (p.Thr790Met); absent for a class of alterations whose residue is not known. */
  hgvsp?: string;
  /** Display name when there is no hgvsp (e.g. "FGFR4 gatekeeper mutation"). */
  name?: string;
  alterationType: AlterationType;
  aliases?: string[];
  note?: string;
  idSources: string[];
}

export interface EvidenceSeed {
  source: string; // a PublicationSeed id
  sentenceKey?: string; // a key of the publication's sentences
  /** Verbatim quote when there is no sentence key (literature facts). */
  sentence?: string;
  level: EvidenceLevel;
  modelSystem: ModelSystem;
  direction: Direction;
  significance?: Significance;
  /** CIViC evidence type. */
  evidenceType?: EvidenceType;
  rating: 1 | 2 | 3 | 4 | 5;
  note?: string;
}

export interface StatementContext {
  disease?: string; // a DiseaseSeed id; absent = no particular disease
  cellType?: string;
  setting?: string; // e.g. "acquired TKI-resistant HCC cells"
  note?: string; // uncertainty, context-specific caveats (seed-facts §6)
  qualifier?: 'ambiguous' | 'context-specific' | 'inferred';
  /** Variant ids the statement holds in (a tumour must carry them all), e.g. osimertinib after T790M. */
  alterations?: string[];
  resistanceType?: ResistanceType;
  variantOrigin?: VariantOrigin;
}

export interface StatementSeed {
  id: string; // RESISTKG:stmt-P16, RESISTKG:stmt-K1-RAF1
  subject: string;
  predicate: Predicate;
  object: string;
  sign: Sign;
  interactionType?: InteractionType; // TARGETS only
  mechanism?: Mechanism; // REGULATES: how (UNKNOWN when the source does not say)
  context: StatementContext;
  /** seed-facts tier: ABS, ABS-inferred, GK */
  tier: 'ABS' | 'ABS-inferred' | 'GK';
  /** seed-facts row(s) this statement comes from: P16, K6, C5, X1 ... */
  factKeys: string[];
  evidence: EvidenceSeed[];
}

export interface CombinationSeed {
  id: string; // RESISTKG:combo-C5
  name: string;
  components: string[]; // drug or drug-class ids, base drug first
  interactionType: CombinationType;
  factKeys: string[];
  /** Statements whose subject is this combination (OVERCOMES_RESISTANCE_TO / SYNERGIZES_WITH). */
  statements: Omit<StatementSeed, 'subject'>[];
}

export interface SeedFiles {
  publications: PublicationSeed[];
  genes: GeneSeed[];
  geneFamilies: GeneFamilySeed[];
  mirnas: MiRNASeed[];
  drugs: DrugSeed[];
  drugClasses: DrugClassSeed[];
  pathways: PathwaySeed[];
  processes: ProcessSeed[];
  diseases: DiseaseSeed[];
  cellLines: CellLineSeed[];
  variants: VariantSeed[];
  statements: StatementSeed[];
  combinations: CombinationSeed[];
}
