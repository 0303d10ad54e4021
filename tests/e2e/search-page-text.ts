// The searchable text of every built page, as Pagefind indexed it (its fragments), so that the
// search tests can work out from the text itself which pages hold a query.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const DIR = 'dist/pagefind/fragment';

/** Page URL → its indexed text with Pagefind's word separators removed. */
export function indexedPageText(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const name of readdirSync(DIR)) {
    const raw = gunzipSync(readFileSync(join(DIR, name))).toString('utf8');
    const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    pages.set(json.url, json.content.replace(/\u200b/g, '').toLowerCase());
  }
  return pages;
}
