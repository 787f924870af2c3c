/**
 * Name normalisation for exact lookups by symbol, alias, synonym or id: case-insensitive, Greek
 * letters spelled out the way biologists type them (AMPKα = AMPKa = AMPKalpha), and spaces,
 * hyphens, underscores, dots and slashes ignored (p70-S6K = P70S6K = p70 S6K).
 */
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

export function nameKey(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lower) out += GREEK[ch] ?? ch;
  out = out.replace(/alpha/g, 'a').replace(/beta/g, 'b').replace(/gamma/g, 'g');
  return out.replace(/[\s\-_./()]+/g, '');
}

/** All distinct keys of a list of names, in order. */
export function nameKeys(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const n of names) {
    const k = nameKey(n);
    if (k) seen.add(k);
  }
  return [...seen];
}
