/**
 * Conflicts between accepted statements (issue 14 item 4, docs/graph.md): two statements about the
 * same subject (a gene, or any of its variants) and object disagree when their effects have opposite
 * signs, and one statement disagrees with itself when its accepted refuting evidence is at least as
 * much as its accepted support (REFUTES-dominated). Each conflict says whether the disagreement
 * disappears at variant level (the statements are about different variants, or one about the gene
 * and one about a variant of it, or they hold in tumours with different alterations), in another
 * disease context (different diseases), or is real (same subject, same context).
 *
 * Effect: SENSITIZES_TO counts +sign and CONFERS_RESISTANCE_TO −sign (both say how the subject
 * changes the response to the drug); every other predicate compares only with itself, by its sign.
 * A statement with sign 0 (direction unknown) disagrees with nothing.
 */

export interface ConflictStatement {
  id: string;
  subjectId: string;
  /** The subject's kind (VARIANT for a variant-level statement). */
  subjectKind: string;
  predicate: string;
  sign: number;
  disease: string | null;
  /** Variants the statement holds in (its context). */
  alterations: readonly string[];
  /** Accepted supporting and refuting evidence records. */
  supports: number;
  refutes: number;
}

export type ConflictKind = 'OPPOSITE_SIGNS' | 'REFUTED';
export type ConflictResolution = 'VARIANT_LEVEL' | 'DISEASE_CONTEXT' | 'REAL';

export interface Conflict {
  kind: ConflictKind;
  resolution: ConflictResolution;
  /** The statements that disagree, by id (one for REFUTED). */
  statementIds: string[];
  explanation: string;
}

const RESPONSE = new Set(['SENSITIZES_TO', 'CONFERS_RESISTANCE_TO']);

/** Which statements compare, and the direction of each one's effect (0: none). */
function effect(s: ConflictStatement): { family: string; sign: number } {
  const sign = s.sign > 0 ? 1 : s.sign < 0 ? -1 : 0;
  if (RESPONSE.has(s.predicate)) return { family: 'RESPONSE', sign: s.predicate === 'SENSITIZES_TO' ? sign : -sign };
  return { family: s.predicate, sign };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** Where two disagreeing statements part ways, and why. */
export function resolve(a: ConflictStatement, b: ConflictStatement): { resolution: ConflictResolution; why: string } {
  if (a.subjectId !== b.subjectId) {
    const variantLevel = a.subjectKind === 'VARIANT' || b.subjectKind === 'VARIANT';
    if (variantLevel)
      return {
        resolution: 'VARIANT_LEVEL',
        why: 'they are about different alterations (or the gene and one of its variants)',
      };
  }
  if (!sameSet(a.alterations, b.alterations))
    return { resolution: 'VARIANT_LEVEL', why: 'they hold in tumours carrying different alterations' };
  if (a.disease !== b.disease && a.disease !== null && b.disease !== null)
    return { resolution: 'DISEASE_CONTEXT', why: 'they hold in different diseases' };
  return { resolution: 'REAL', why: 'same subject and context' };
}

/** Every conflict among statements with accepted evidence, in a stable order (REAL first, then by ids). */
export function findConflicts(statements: readonly ConflictStatement[]): Conflict[] {
  const accepted = statements.filter((s) => s.supports + s.refutes > 0);
  const out: Conflict[] = [];
  for (const s of accepted)
    if (s.refutes > 0 && s.refutes >= s.supports)
      out.push({
        kind: 'REFUTED',
        resolution: 'REAL',
        statementIds: [s.id],
        explanation: `${s.refutes} accepted refuting vs ${s.supports} supporting evidence`,
      });
  const sorted = [...accepted].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      const ea = effect(a);
      const eb = effect(b);
      if (ea.family !== eb.family || ea.sign === 0 || eb.sign === 0 || ea.sign === eb.sign) continue;
      const { resolution, why } = resolve(a, b);
      out.push({
        kind: 'OPPOSITE_SIGNS',
        resolution,
        statementIds: [a.id, b.id],
        explanation: `opposite effects; ${resolution === 'REAL' ? 'a real conflict' : 'no conflict'}: ${why}`,
      });
    }
  }
  const rank = { REAL: 0, DISEASE_CONTEXT: 1, VARIANT_LEVEL: 2 };
  return out.sort(
    (x, y) =>
      rank[x.resolution] - rank[y.resolution] ||
      (x.statementIds.join() < y.statementIds.join() ? -1 : x.statementIds.join() > y.statementIds.join() ? 1 : 0),
  );
}
