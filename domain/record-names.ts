/**
 * Names of the graph's records that are Relay nodes but not entities (Node.name is non-null):
 * a statement reads as its triple of ids; evidence, patients and samples are named by their ids.
 */
export function statementName(s: { subjectId: string; predicate: string; objectId: string }): string {
  return `${s.subjectId} ${s.predicate} ${s.objectId}`;
}

export function recordName(r: { id: string; name?: unknown }): string {
  return typeof r.name === 'string' && r.name.trim() ? r.name : r.id;
}
