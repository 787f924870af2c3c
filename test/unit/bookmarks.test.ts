import { describe, expect, it } from 'vitest';
import { MAX_BOOKMARKS, parseBookmarks } from '../../domain/bookmarks.js';
import { cacheKey } from '../../server/response-cache.js';

describe('parseBookmarks', () => {
  it('reads one, several and repeated headers, without duplicates', () => {
    expect(parseBookmarks(undefined)).toEqual([]);
    expect(parseBookmarks('FB:kcwQAbc/9+=')).toEqual(['FB:kcwQAbc/9+=']);
    expect(parseBookmarks(' FB:a , FB:b,FB:a ')).toEqual(['FB:a', 'FB:b']);
    expect(parseBookmarks(['FB:a', 'FB:c'])).toEqual(['FB:a', 'FB:c']);
  });

  it('refuses what cannot be a bookmark, with BAD_USER_INPUT', () => {
    for (const bad of [
      'FB:a b',
      'FB:\u00e9',
      'x'.repeat(1025),
      Array(MAX_BOOKMARKS + 1)
        .fill('FB:a')
        .map((b, i) => b + i)
        .join(','),
    ]) {
      let err: any;
      try {
        parseBookmarks(bad);
      } catch (e) {
        err = e;
      }
      expect(err?.extensions?.code, bad.slice(0, 20)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('cacheKey', () => {
  const base = {
    version: 7,
    principal: 'anonymous',
    queryHash: 'q',
    operationName: 'op',
    variables: { a: 1, b: [1, 2] },
  };

  it('ignores the order of variables but nothing else', () => {
    expect(cacheKey(base)).toBe(cacheKey({ ...base, variables: { b: [1, 2], a: 1 } }));
    for (const change of [
      { version: 8 },
      { principal: 'token:t1' },
      { queryHash: 'r' },
      { operationName: 'other' },
      { variables: { a: 2, b: [1, 2] } },
      { variables: { a: 1, b: [2, 1] } },
    ])
      expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });
});
