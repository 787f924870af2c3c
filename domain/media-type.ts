/**
 * Which GraphQL-over-HTTP response media type a request's Accept header prefers, chosen as Apollo
 * Server chooses it (the `negotiator` rules): the highest q; on a tie the more specific match
 * (type/subtype over type/wildcard over any type), then the range listed first, then application/json. No Accept
 * header means application/json, as the spec says. The answer decides the status code of request
 * errors (httpStatusPlugin in server/plugins.ts).
 */
export type ResponseMediaType = 'application/json' | 'application/graphql-response+json';

const CANDIDATES: readonly ResponseMediaType[] = ['application/json', 'application/graphql-response+json'];

interface Range {
  type: string;
  subtype: string;
  q: number;
  order: number;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part, order): Range[] => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((p) => /^q\s*=/.test(p));
    const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(qParam.indexOf('=') + 1));
    return Number.isNaN(q) ? [] : [{ type, subtype, q, order }];
  });
}

/** How well one range matches a candidate: its q, specificity and place, or null if it does not. */
function match(range: Range, type: string, subtype: string) {
  let s = 0;
  if (range.type === type) s |= 4;
  else if (range.type !== '*') return null;
  if (range.subtype === subtype) s |= 2;
  else if (range.subtype !== '*') return null;
  return { q: range.q, s, order: range.order };
}

export function preferredResponseType(accept: string | undefined | null): ResponseMediaType | null {
  if (!accept?.trim()) return 'application/json';
  const ranges = parseAccept(accept);
  const ranked = CANDIDATES.flatMap((candidate, index) => {
    const [type = '', subtype = ''] = candidate.split('/');
    let best: { q: number; s: number; order: number } | null = null;
    for (const range of ranges) {
      const m = match(range, type, subtype);
      if (
        m &&
        (!best || m.s > best.s || (m.s === best.s && (m.q > best.q || (m.q === best.q && m.order > best.order))))
      )
        best = m;
    }
    return best && best.q > 0 ? [{ candidate, index, ...best }] : [];
  });
  ranked.sort((a, b) => b.q - a.q || b.s - a.s || a.order - b.order || a.index - b.index);
  return ranked[0]?.candidate ?? null;
}
