import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../domain/csv.js';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and ends each record with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['two\nlines', 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n');
  });

  it('leaves plain text and numbers alone and writes nothing for null', () => {
    expect(
      toCsv(
        ['n', 'v'],
        [
          ['AXL → sorafenib', -1],
          [null, 0.5],
        ],
      ),
    ).toBe('n,v\r\nAXL → sorafenib,-1\r\n,0.5\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-1)).toBe('-1');
  });
});
