/**
 * The Cypher condition of a statement-list filter (domain/filters.ts StatementFilter), read from a
 * map parameter: every value comes in as a parameter, and each null field is a condition that
 * holds. The expressions it compares are written in code by the list's query, never taken from input.
 */

/** Where a list's query finds the filtered item's data. */
export interface FilterTarget {
  /** The item's belief, e.g. `coalesce(r.belief, 0.0)`. */
  belief: string;
  /** The item's interaction type, e.g. `r.interactionType`. */
  interactionType: string;
  /** A pattern binding the item's statement, e.g. `(s:Statement {id: r.statementId})`. */
  statement: string;
}

/**
 * True for items that pass filter `f` (a parameter or variable holding a StatementFilter, or null
 * for no filter): interaction type, minimum belief, at least one ACCEPTED supporting evidence of
 * the levels and model systems asked for (the same evidence meets both), and an approved drug as
 * the statement's subject or object.
 */
export function filterCondition(f: string, t: FilterTarget): string {
  return `(${f} IS NULL OR (
    (${f}.interactionTypes IS NULL OR ${t.interactionType} IN ${f}.interactionTypes)
    AND (${f}.minBelief IS NULL OR ${t.belief} >= ${f}.minBelief)
    AND ((${f}.levels IS NULL AND ${f}.modelSystems IS NULL) OR EXISTS {
      MATCH ${t.statement}<-[:SUPPORTS]-(fe:Evidence {status: 'ACCEPTED'})
      WHERE (${f}.levels IS NULL OR fe.level IN ${f}.levels)
        AND (${f}.modelSystems IS NULL OR fe.modelSystem IN ${f}.modelSystems)
    })
    AND (NOT ${f}.approvedOnly OR EXISTS {
      MATCH ${t.statement}-[:SUBJECT|OBJECT]->(fd:Drug {approvalStatus: 'APPROVED'})
    })
  ))`;
}
