// The site's Pagefind bundle as a WordIndex. Runs on the main thread (no worker: one file less
// to download, and the query reaches Pagefind exactly as cut here).
import type { IndexHit, WordIndex } from '../../../lib/search/engine';

export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<PageData>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] }>;
}


/**
 * Pagefind re-cuts Chinese terms with the browser's Intl.Segmenter, whose dictionary differs from
 * the indexer's. The terms are already cut into index words, so Pagefind is kept from re-cutting
 * them: while a search runs, Intl.Segmenter is out of its sight (browsers before Chromium 87 have
 * none at all, so they take the same path).
 */
let hidden = 0;
let savedSegmenter: unknown;
async function withoutSegmenter<T>(run: () => Promise<T>): Promise<T> {
  const intl = Intl as unknown as Record<string, unknown>;
  if (hidden++ === 0) {
    savedSegmenter = intl['Segmenter'];
    delete intl['Segmenter'];
  }
  try {
    return await run();
  } finally {
    if (--hidden === 0 && savedSegmenter !== undefined) intl['Segmenter'] = savedSegmenter;
  }
}

export interface PagefindIndex extends WordIndex {
  data(id: string): Promise<PageData>;
}

export async function loadPagefind(base: string): Promise<PagefindIndex> {
  const root = base.replace(/\/?$/, '/');
  const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: root, noWorker: true });
  await pagefind.init();

  const results = new Map<string, PagefindResult>();
  const cache = new Map<string, Promise<PagefindResult[]>>();
  const run = (term: string, filter: string | null) => {
    const key = `${filter ?? ''}\u0000${term}`;
    let hit = cache.get(key);
    if (!hit) {
      const filters: Record<string, string[]> = filter ? { 类型: [filter] } : {};
      hit = withoutSegmenter(() => pagefind.search(term, { filters })).then((r) => {
        for (const result of r.results) results.set(result.id, result);
        return r.results;
      });
      cache.set(key, hit);
    }
    return hit;
  };

  return {
    async search(terms, filter): Promise<IndexHit[]> {
      return (await run(terms.join(' '), filter)).map((r) => ({ id: r.id, positions: r.words }));
    },
    async word(word): Promise<IndexHit[]> {
      // A quoted term is matched as a whole word.
      return (await run(`"${word}"`, null)).map((r) => ({ id: r.id, positions: r.words }));
    },
    data(id) {
      const result = results.get(id);
      if (!result) return Promise.reject(new Error(`unknown page ${id}`));
      return result.data();
    },
  };
}
