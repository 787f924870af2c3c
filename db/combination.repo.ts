/** Combinations containing a drug (or a class it belongs to), and agents that target given nodes. */
import type { Database, RunOptions } from './database.js';
import { readRecords, type EntityRecord, type EvidenceRecord } from './records.js';
import { evidenceMap } from './values.js';

/**
 * Partners of the drug in Combination nodes whose OVERCOMES_RESISTANCE_TO / SYNERGIZES_WITH
 * statements have accepted supporting evidence, valid in the disease or in none in particular.
 */
const EVIDENCE_BACKED = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(cls:DrugClass)
WITH d, collect(cls) AS classes
WITH [d] + classes AS bases
// From the drug and its classes to their combinations (matching every Combination and filtering
// afterwards scanned all of them: 198,561 db hits for one drug on the PrimeKG-scale graph).
UNWIND bases AS b
MATCH (b)<-[:HAS_COMPONENT]-(c:Combination)
WITH DISTINCT bases, c
MATCH (c)-[:HAS_COMPONENT]->(partner:Entity) WHERE NOT partner IN bases
MATCH (s:Statement)-[:SUBJECT]->(c)
WHERE s.predicate IN ['OVERCOMES_RESISTANCE_TO', 'SYNERGIZES_WITH']
  AND ($disease IS NULL OR s.contextDisease IS NULL OR s.contextDisease = $disease)
MATCH (e:Evidence {status: 'ACCEPTED'})-[:SUPPORTS]->(s)
WITH partner, c, s, collect(${evidenceMap('e')}) AS evidence
RETURN partner { .*, searchText: NULL } AS partner, c { .*, searchText: NULL } AS combination,
       s.id AS statementId, s.belief AS belief, evidence, coalesce(s.contextAlterations, []) AS requires
ORDER BY partner.id, c.id, statementId`;

/** TARGETS edges into the given nodes from agents other than the drug, with their evidence. */
const AGENTS_TARGETING = `
UNWIND $targets AS tid
MATCH (agent:Drug)-[r:TARGETS]->(t:Entity {id: tid})
WHERE agent.id <> $drug AND r.belief > 0
MATCH (s:Statement {id: r.statementId})
OPTIONAL MATCH (e:Evidence {status: 'ACCEPTED'})-[:SUPPORTS]->(s)
WITH agent, t, r, collect(${evidenceMap('e')}) AS evidence
RETURN agent { .*, searchText: NULL } AS agent, t.id AS target, r.sign AS sign, r.belief AS belief,
       r.statementId AS statementId, evidence
ORDER BY agent.id, target`;

/**
 * Of the $partners, those the tumour's alterations defeat: a carried variant confers resistance
 * (belief > 0, in the disease or none) to the partner or a class it belongs to, or, for a class,
 * to every member.
 */
const DEFEATED_PARTNERS = `
UNWIND $partners AS pid
MATCH (p:Entity {id: pid})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(cls:DrugClass)
WITH p, [p] + collect(cls) AS hit
OPTIONAL MATCH (m:Drug)-[:MEMBER_OF]->(p)
WITH p, hit, collect(m) AS members
WITH p, hit, members,
     [x IN hit + members WHERE EXISTS {
        MATCH (v:Variant)-[r:CONFERS_RESISTANCE_TO]->(x)
        WHERE v.id IN $alterations AND r.belief > 0 AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)
     }] AS resisted
WHERE any(x IN hit WHERE x IN resisted) OR (size(members) > 0 AND all(m IN members WHERE m IN resisted))
RETURN p.id AS id
ORDER BY id`;

export interface BackedRow {
  partner: EntityRecord;
  combination: EntityRecord;
  statementId: string;
  belief: number;
  evidence: EvidenceRecord[];
  /** Variants the combination statement holds in. */
  requires: string[];
}

export interface TargetingRow {
  agent: EntityRecord;
  target: string;
  sign: number;
  belief: number;
  statementId: string;
  evidence: EvidenceRecord[];
}

export async function evidenceBackedCombinations(
  db: Database,
  drug: string,
  disease: string | null,
  opts: RunOptions = {},
): Promise<BackedRow[]> {
  return readRecords<BackedRow>(db, EVIDENCE_BACKED, { drug, disease }, opts);
}

export async function agentsTargeting(
  db: Database,
  drug: string,
  targets: string[],
  opts: RunOptions = {},
): Promise<TargetingRow[]> {
  if (targets.length === 0) return [];
  return readRecords<TargetingRow>(db, AGENTS_TARGETING, { drug, targets }, opts);
}

/** The partners (of those given) that the carried variants defeat (see DEFEATED_PARTNERS). */
export async function defeatedPartners(
  db: Database,
  q: { partners: string[]; alterations: string[]; disease: string | null },
  opts: RunOptions = {},
): Promise<Set<string>> {
  if (q.partners.length === 0 || q.alterations.length === 0) return new Set();
  const rows = await readRecords<{ id: string }>(db, DEFEATED_PARTNERS, q, opts);
  return new Set(rows.map((r) => r.id));
}
