/**
 * Keyset paging in Cypher (domain/paging.ts holds the windows, domain/cursor.ts the cursors): the
 * columns of each list's order, the ORDER BY in either direction, and the condition that keeps the
 * items strictly between a window's `after` and `before` keys. A window is a map parameter
 * `{after, before, backward, take}` (windowParams below); column texts are written here,
 * never taken from input.
 */
import type { Window } from '../domain/paging.js';
import { windowParam } from '../domain/paging.js';
import { int } from './values.js';

/** One column of an order: its Cypher expression, descending or not, and how a key value reads. */
export interface KeyColumn {
  expr: string;
  desc?: boolean;
  /** The key value as Cypher compares it with expr, e.g. datetime(v) for a timestamp. */
  value?: (v: string) => string;
}

/** The columns of each order in domain/paging.ts ORDERS, over the variable names their queries use. */
export const EDGE_ORDER: readonly KeyColumn[] = [
  { expr: 'coalesce(r.belief, 0.0)', desc: true },
  { expr: 'm.id' },
  { expr: 'r.statementId' },
];
export const STATEMENT_ORDER = (v: string): readonly KeyColumn[] => [
  { expr: `coalesce(${v}.belief, 0.0)`, desc: true },
  { expr: `${v}.id` },
];
export const EVIDENCE_ORDER = (v: string): readonly KeyColumn[] => [
  { expr: `${v}.createdAt`, value: (k) => `datetime(${k})` },
  { expr: `${v}.id` },
];
export const ID_ORDER = (v: string): readonly KeyColumn[] => [{ expr: `${v}.id` }];

/** `ORDER BY` columns reading forward, or backward (every direction flipped). */
export function orderBy(cols: readonly KeyColumn[], backward: boolean): string {
  return cols.map((c) => `${c.expr} ${(c.desc ?? false) !== backward ? 'DESC' : 'ASC'}`).join(', ');
}

/** True for rows strictly after `${w}.after` and strictly before `${w}.before` (each bound when not null). */
export function inWindow(cols: readonly KeyColumn[], w: string): string {
  return `(${w}.after IS NULL OR ${beyond(cols, `${w}.after`, false)}) AND (${w}.before IS NULL OR ${beyond(cols, `${w}.before`, true)})`;
}

/** The row comes after `key` in the order (before it when `flip`): lexicographic over the columns. */
function beyond(cols: readonly KeyColumn[], key: string, flip: boolean, i = 0): string {
  const c = cols[i]!;
  const v = c.value ? c.value(`${key}[${i}]`) : `${key}[${i}]`;
  const strict = `${c.expr} ${(c.desc ?? false) !== flip ? '<' : '>'} ${v}`;
  if (i === cols.length - 1) return strict;
  return `(${strict} OR (${c.expr} = ${v} AND ${beyond(cols, key, flip, i + 1)}))`;
}

/**
 * The tail of a collect-then-page query: `listed` is the whole list in forward order over variable
 * `v`; returns `items` (the window's rows in reading order, `map` projecting each) and `total`.
 */
export function pageOfCollected(v: string, cols: readonly KeyColumn[], w: string, map: string): string {
  return `WITH listed, [${v} IN listed WHERE ${inWindow(cols, w)}] AS win
  RETURN [${v} IN (CASE WHEN ${w}.backward THEN reverse(win) ELSE win END)[..${w}.take] | ${map}] AS items, size(listed) AS total`;
}

/** A window as a query parameter, its row count a Neo4j Integer. */
export function windowParams(w: Window) {
  const p = windowParam(w);
  return { ...p, take: int(p.take) };
}
