/**
 * Name normalisation for exact lookups by symbol, alias, synonym or id: case-insensitive, Greek
 * letters spelled out the way biologists type them (AMPKα = AMPKa = AMPKalpha), spaces, hyphens,
 * underscores, dots and slashes ignored (p70-S6K = P70S6K = p70 S6K), and a protein change keyed
 * the same in every notation (EGFR p.Thr790Met = EGFR p.T790M = EGFR T790M; p.Thr790Met = T790M).
 */
import { parseProteinChange } from './protein-change.js';

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'b',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  σ: 's',
  τ: 't',
  ω: 'w',
};

/**
 * The text a name is keyed by: a protein change (domain/protein-change.ts), with or without its
 * gene, as its one-letter form without `p.` (`EGFR T790M`, `T790M`, `R213*`, `L747fs`); any other
 * text as it is. A one-letter change without `p.` is its own form, so a symbol that happens to
 * parse as one (A2M, C4A) keeps its key.
 */
function keyedText(text: string): string {
  const change = parseProteinChange(text);
  return change ? `${change.gene ?? ''}${change.short.slice(2)}` : text;
}

export function nameKey(text: string): string {
  const lower = keyedText(text).normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lower) out += GREEK[ch] ?? ch;
  out = out.replace(/alpha/g, 'a').replace(/beta/g, 'b').replace(/gamma/g, 'g');
  return out.replace(/[\s\-_./()]+/g, '');
}

/** One name an entity is found by: its lookup key, the text as written, and its rank. */
export interface SearchName {
  key: string;
  text: string;
  /** 0: the id, a symbol, a primary name or an id the entity is known by; 1: an alias. */
  rank: number;
}

/**
 * The names an entity is found by exactly: the primary names (its id first) rank 0, then the
 * aliases rank 1; one entry per distinct key, the first text with that key kept. Empty texts and
 * texts with no key are skipped.
 */
export function searchNames(
  primary: readonly (string | null | undefined)[],
  aliases: readonly (string | null | undefined)[],
): SearchName[] {
  const out = new Map<string, SearchName>();
  const add = (text: string | null | undefined, rank: number) => {
    if (!text) return;
    const key = nameKey(text);
    if (key && !out.has(key)) out.set(key, { key, text, rank });
  };
  primary.forEach((t) => add(t, 0));
  aliases.forEach((t) => add(t, 1));
  return [...out.values()];
}
