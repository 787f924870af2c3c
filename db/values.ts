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
    return (value as { toString(): string }).toString();
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
