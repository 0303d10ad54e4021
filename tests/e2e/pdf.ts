// Prints a page to PDF and reads back the printed text, for every test that checks a printout.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

/** Drops all whitespace: pdftotext breaks lines where the page wrapped and puts spaces between Chinese and digits. */
export const squash = (s: string) => s.replace(/\s+/g, '');

export interface Printout {
  file: string;
  /** Number of pages. */
  pages: number;
  /** Whether the paper is A4. */
  a4: boolean;
  /** All printed text, whitespace removed. */
  text: string;
  /** The printed text of page n (from 1), whitespace removed. */
  pageText: (n: number) => string;
}

/**
 * The text of a PDF, whitespace removed. `-raw` keeps the order the text was drawn in, so a table
 * cell that wraps onto two lines comes out in one piece; the default reading order would interleave
 * it with the next column, and then whether a test passes would depend on the fonts installed.
 */
export function printedText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return squash(execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 }));
}

/** Reads a PDF already written to `file`. */
export function readPrintout(file: string): Printout {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    file,
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    a4: /Page size:.*\(A4\)/.test(info),
    text: printedText(file),
    pageText: (n) => printedText(file, n),
  };
}

/**
 * Prints the page as it stands in print media to `file` (kept for looking at) and reads it back.
 * Without `format` the page's own @page size is used.
 */
export async function printPage(page: Page, file: string, options: { format?: 'A4'; printBackground?: boolean } = {}): Promise<Printout> {
  mkdirSync(dirname(file), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, ...(options.format ? { format: options.format } : { preferCSSPageSize: true }), printBackground: options.printBackground ?? false });
  await page.emulateMedia({ media: 'screen' });
  return readPrintout(file);
}
