// Search by plain text, for browsers that cannot run Pagefind's WebAssembly (Chromium before 96,
// or no WebAssembly at all): every indexed page's searchable text, written at build from
// Pagefind's own fragments, is scanned for the query as typed.
import { plainText, queryParts } from './query.ts';

/** One indexed page as the build writes it to pagefind/fallback-text.json. */
export interface TextPage {
  /** Path as Pagefind stores it, relative to the site's base ("/about/"). */
  url: string;
  title: string;
  /** The page's 类型 filter value ("" when it has none). */
  type: string;
  /** Searchable text, Pagefind's word separators removed. */
  text: string;
}

/** What one Pagefind fragment (the JSON inside a .pf_fragment file) holds that the fallback uses. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** The fallback's record of a page: exactly the text Pagefind indexed, without its separators. */
export function textPageFrom(fragment: PagefindFragment): TextPage {
  return {
    url: fragment.url,
    title: fragment.meta?.['title'] ?? '',
    type: fragment.filters?.['类型']?.[0] ?? '',
    text: plainText(fragment.content),
  };
}

/** How often `part` stands in `text`, counting from where the previous one ended. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/**
 * The pages whose text holds every part of the query (case-insensitive; parts are split at spaces
 * and punctuation, as for the normal search), of the given type or of any type when filter is
 * null. Pages whose title holds the query come first, then by how often the parts stand in the
 * text, most first; pages alike keep their order in `pages`.
 */
export function searchTexts(pages: readonly TextPage[], raw: string, filter: string | null): TextPage[] {
  const parts = queryParts(raw);
  if (parts.length === 0) return [];
  const hits: { page: TextPage; inTitle: boolean; count: number; order: number }[] = [];
  pages.forEach((page, order) => {
    if (filter !== null && page.type !== filter) return;
    const text = page.text.toLowerCase();
    if (!parts.every((p) => text.includes(p))) return;
    const title = page.title.toLowerCase();
    const count = parts.reduce((sum, p) => sum + occurrences(text, p), 0);
    hits.push({ page, inTitle: parts.every((p) => title.includes(p)), count, order });
  });
  hits.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.order - b.order);
  return hits.map((h) => h.page);
}
