/** Converts Neo4j values to plain JavaScript, once, at the boundary. */
import {
  int as neo4jInt,
  type Integer,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isNode(value) || isRelationship(value)) return toPlain((value as { properties: unknown }).properties);
  if (isPath(value)) throw new Error('paths must be returned as lists of maps, not Path objects');
  if (
    isDateTime(value) ||
    isDate(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return isDateTime(value) ? isoDateTime(String(value)) : String(value);
  }
  if (isPoint(value)) return { ...(value as object) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

/** A whole number as a Neo4j Integer (JavaScript numbers travel as floats; LIMIT and SKIP need integers). */
export function int(n: number): Integer {
  return neo4jInt(Math.trunc(n));
}

/**
 * A driver DateTime string ("…T00:36:34.808000000Z") as Cypher's toString() writes it
 * ("…T00:36:34.808Z": nanoseconds in groups of three, trailing zero groups dropped), so a timestamp
 * reads the same whether a query converted it or the driver did.
 */
export function isoDateTime(text: string): string {
  return text.replace(/\.(\d{9})(?=Z|[+-]|\[|$)/, (_, nanos: string) => {
    if (/^0{9}$/.test(nanos)) return '';
    if (nanos.endsWith('000000')) return `.${nanos.slice(0, 3)}`;
    if (nanos.endsWith('000')) return `.${nanos.slice(0, 6)}`;
    return `.${nanos}`;
  });
}

/**
 * Map projections of evidence and statements with their timestamps converted by Cypher: decoding
 * temporal values in the driver took about 40% of an edge page's time in the benchmark.
 */
export function evidenceMap(v: string): string {
  return `${v} { .*, createdAt: toString(${v}.createdAt), updatedAt: toString(${v}.updatedAt) }`;
}
export function statementMap(v: string): string {
  return `${v} { .*, createdAt: toString(${v}.createdAt) }`;
}
