// What the search dialog asks of a search engine: Pagefind where it runs, the page texts elsewhere.
import type { Found } from '../../../lib/search/engine';
import type { PageData } from './pagefind-index';

export interface Searcher {
  /** The pages for a query, exact hits first; filter: a page type or null for all. */
  find(raw: string, filter: string | null): Promise<Found>;
  /** One result's page: URL, searchable text and meta (title, 类型). */
  data(id: string): Promise<PageData>;
}
