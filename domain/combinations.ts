/**
 * Combination candidates for a drug (docs/ranking.md), in two kinds that are never mixed up:
 *
 * EVIDENCE_BACKED — a Combination containing the drug (or a class it belongs to) and the partner,
 *   with accepted evidence that it overcomes resistance or acts synergistically.
 *   score = the best belief among the combination's statements.
 * INFERRED — no combination evidence, but the partner inhibits (sign −1) a node that starts a
 *   positive resistance path of the drug, i.e. it opposes a mechanism of resistance. A targeting
 *   edge of unknown direction (sign 0) is not inhibition, and a path through one has sign 0, not +1:
 *   neither ever yields a candidate.
 *   score = INFERRED_FACTOR × belief(partner → target) × score(best such path).
 *
 * Tumour-aware (design §4a): combination evidence that holds only in tumours carrying some variants
 * (V3: osimertinib after EGFR p.Thr790Met) is kept without `alterations` (the candidate lists the
 * variants it requires) and, with `alterations`, only when the tumour carries them all; and a
 * partner the tumour's alterations defeat (a carried variant confers resistance to it, to a class it
 * belongs to, or, for a class partner, to every member) is never proposed, of either kind.
 *
 * A partner with combination evidence is EVIDENCE_BACKED even if it would also be inferred; its
 * rationale still lists the resistance paths its targets start. Ranking: score, then
 * EVIDENCE_BACKED before INFERRED, then partner name and id.
 */
import type { ScoredPath } from './paths.js';

/** Inferred candidates count for half: evidence-backed ones of equal strength rank above them. */
export const INFERRED_FACTOR = 0.5;
/** Rationale paths kept per candidate. */
export const MAX_RATIONALE = 5;
/** How many of a partner's targets CombinationCandidate.partnerTargets lists. */
export const MAX_PARTNER_TARGETS = 50;

const LEVEL_ORDER = ['A', 'B', 'C', 'D', 'E'];

export interface Entity {
  id: string;
  name?: unknown;
}

export interface EvidenceLike {
  id: string;
  level: string;
}

export interface BackedInput<N extends Entity, E extends EvidenceLike> {
  partner: N;
  combination: N;
  statementId: string;
  belief: number;
  evidence: E[];
  /** Variants the combination statement holds in (its context); empty or absent: any tumour. */
  requires?: readonly string[] | null;
}

export interface TargetingInput<N extends Entity, E extends EvidenceLike> {
  agent: N;
  target: string;
  sign: number;
  belief: number;
  statementId: string;
  evidence: E[];
}

export interface Candidate<N extends Entity, E extends EvidenceLike> {
  partner: N;
  basis: 'EVIDENCE_BACKED' | 'INFERRED';
  score: number;
  bestLevel: string | null;
  evidence: E[];
  rationale: ScoredPath[];
  combination: N | null;
  /** Variants the tumour must carry for the combination evidence to hold. */
  requiredAlterations: string[];
}

/** A ranked candidate: its rationale cut to MAX_RATIONALE paths, and whether the cut dropped any. */
export type RankedCandidate<N extends Entity, E extends EvidenceLike> = Candidate<N, E> & {
  rationaleTruncated: boolean;
};

export function bestLevel(evidence: EvidenceLike[]): string | null {
  const levels = evidence.map((e) => LEVEL_ORDER.indexOf(e.level)).filter((i) => i >= 0);
  return levels.length ? LEVEL_ORDER[Math.min(...levels)]! : null;
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(i.id)) seen.set(i.id, i);
  return [...seen.values()];
}

/** Positive resistance paths by their first node, best first. */
function positivePathsByStart(paths: ScoredPath[]): Map<string, ScoredPath[]> {
  const byStart = new Map<string, ScoredPath[]>();
  for (const p of paths) {
    if (p.sign !== 1) continue;
    const list = byStart.get(p.nodes[0]!) ?? [];
    list.push(p);
    byStart.set(p.nodes[0]!, list);
  }
  return byStart;
}

export function rankCandidates<N extends Entity, E extends EvidenceLike>(input: {
  drugId: string;
  backed: BackedInput<N, E>[];
  targeting: TargetingInput<N, E>[];
  /** Resistance paths of the drug, scored and sorted best first. */
  paths: ScoredPath[];
  includeInferred: boolean;
  first: number;
  /** The variants the tumour carries; null or absent: no tumour given. */
  alterations?: readonly string[] | null;
  /** Partners the tumour's alterations defeat (never proposed). */
  defeated?: ReadonlySet<string>;
}): RankedCandidate<N, E>[] {
  const byStart = positivePathsByStart(input.paths);
  const out = new Map<string, Candidate<N, E>>();
  const carried = input.alterations ? new Set(input.alterations) : null;
  const defeated = input.defeated ?? new Set<string>();

  for (const b of input.backed) {
    if (b.partner.id === input.drugId || b.belief <= 0 || defeated.has(b.partner.id)) continue;
    const requires = b.requires ?? [];
    if (carried && !requires.every((v) => carried.has(v))) continue;
    const c = out.get(b.partner.id);
    if (!c) {
      out.set(b.partner.id, {
        partner: b.partner,
        basis: 'EVIDENCE_BACKED',
        score: b.belief,
        bestLevel: null,
        evidence: [...b.evidence],
        rationale: [],
        combination: b.combination,
        requiredAlterations: [...requires],
      });
    } else {
      c.requiredAlterations = [...new Set([...c.requiredAlterations, ...requires])];
      if (b.belief > c.score) {
        c.score = b.belief;
        c.combination = b.combination;
      }
      c.evidence.push(...b.evidence);
    }
  }

  for (const t of input.targeting) {
    if (t.agent.id === input.drugId || defeated.has(t.agent.id)) continue;
    const opposed = t.sign < 0 ? (byStart.get(t.target) ?? []) : [];
    if (opposed.length === 0) continue;
    const existing = out.get(t.agent.id);
    if (existing?.basis === 'EVIDENCE_BACKED') {
      existing.rationale.push(...opposed);
      continue;
    }
    if (!input.includeInferred) continue;
    const score = INFERRED_FACTOR * t.belief * opposed[0]!.score;
    if (!existing) {
      out.set(t.agent.id, {
        partner: t.agent,
        basis: 'INFERRED',
        score,
        bestLevel: null,
        evidence: [...t.evidence],
        rationale: [...opposed],
        combination: null,
        requiredAlterations: [],
      });
    } else {
      existing.score = Math.max(existing.score, score);
      existing.evidence.push(...t.evidence);
      existing.rationale.push(...opposed);
    }
  }

  const candidates = [...out.values()].map((c) => {
    const evidence = uniqueById(c.evidence);
    const all = uniqueById(c.rationale.map((p) => ({ ...p, id: p.edges.map((e) => e.statementId).join('>') }))).sort(
      (a, b) => b.score - a.score,
    );
    const rationale = all.slice(0, MAX_RATIONALE);
    return {
      ...c,
      score: Math.round(c.score * 1e9) / 1e9,
      evidence,
      bestLevel: bestLevel(evidence),
      rationale,
      rationaleTruncated: all.length > MAX_RATIONALE,
    };
  });
  candidates.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.basis !== b.basis) return a.basis === 'EVIDENCE_BACKED' ? -1 : 1;
    const na = String(a.partner.name ?? '');
    const nb = String(b.partner.name ?? '');
    if (na !== nb) return na < nb ? -1 : 1;
    return a.partner.id < b.partner.id ? -1 : 1;
  });
  return candidates.slice(0, input.first);
}
