/**
 * CSV text (RFC 4180) for the explorer's downloads: every field quoted when it holds a comma, a quote
 * or a line break, quotes doubled, CRLF between records. A text field that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe;
 * numbers are written as they are.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and the rows as one CSV text, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
