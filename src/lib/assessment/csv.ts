// CSV as the site writes it: a BOM so Excel on Chinese Windows reads UTF-8, and user text that
// could start a formula (=, +, -, @, tab, CR) prefixed with an apostrophe, as OWASP advises
// against CSV injection, so a note from another unit's file stays text in Excel and WPS.
import type { Cell } from './result-table';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells only: numbers the site computed are written as they are (a negative stays a number). */
export function csvCell(c: Cell): string {
  let s = c === null ? '' : String(c);
  if (typeof c === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Cell[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
