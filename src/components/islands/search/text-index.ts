// The site's pages as plain text (pagefind/fallback-text.json, written at build from Pagefind's
// fragments), searched where Pagefind's WebAssembly cannot run. Loaded only on such browsers, once,
// when search is first opened.
import { queryParts } from '../../../lib/search/query';
import { searchTexts, type TextPage } from '../../../lib/search/text-search';
import type { PageData } from './pagefind-index';
import type { Searcher } from './searcher';

export async function loadTextIndex(base: string): Promise<Searcher> {
  const root = base.replace(/\/?$/, '/');
  const response = await fetch(`${root}pagefind/fallback-text.json`);
  if (!response.ok) throw new Error(`fallback-text.json: HTTP ${response.status}`);
  const pages = (await response.json()) as TextPage[];
  if (!Array.isArray(pages)) throw new Error('fallback-text.json: not a list of pages');
  const byUrl = new Map(pages.map((page) => [page.url, page]));

  return {
    async find(raw, filter) {
      const exact = searchTexts(pages, raw, filter).map((page) => page.url);
      return { exact, related: [], words: queryParts(raw) };
    },
    async data(id): Promise<PageData> {
      const page = byUrl.get(id);
      if (!page) throw new Error(`unknown page ${id}`);
      // Stored relative to the base, as Pagefind stores it; Pagefind adds the base the same way.
      return { url: root + page.url.replace(/^\//, ''), content: page.text, meta: { title: page.title, 类型: page.type || undefined } };
    },
  };
}
