// Finds the pages that hold a query exactly and the pages that only share words with it, using
// an index that answers word searches (Pagefind in the browser, a fake in the unit tests).
import { cutIntoWords, hasRun } from './cut';
import { queryParts } from './query';

export interface IndexHit {
  id: string;
  /** Word positions in the page that matched the search. */
  positions: number[];
}

export interface WordIndex {
  /** Pages with a word beginning with each term (all terms), best first. */
  search(terms: string[], filter: string | null): Promise<IndexHit[]>;
  /** Pages holding exactly this word (not only as the start of a longer one). */
  word(word: string): Promise<IndexHit[]>;
}

export interface Found {
  /**
   * Pages whose words hold the query in a row, best first. Pagefind counts words on either side of
   * punctuation as neighbours, so each still has its text checked before it is shown as a hit.
   */
  exact: string[];
  /** Pages that share the query's words but do not hold them in a row, best first. */
  related: string[];
  /** The index words the query was cut into (what related pages share with it). */
  words: string[];
}

interface PartHits {
  terms: string[];
  exact: Set<string>;
}

async function findPart(part: string, index: WordIndex): Promise<PartHits> {
  // A word of the page text, not only of a title field (Pagefind keeps titles uncut: a page
  // titled “三会一课” makes 三会一课 a word that no page text holds).
  const isWord = async (piece: string) => (await index.word(piece)).some((h) => h.positions.length > 0);
  const cut = await cutIntoWords(part, isWord);
  if (!cut) return { terms: [part], exact: new Set() };
  const perPiece = await Promise.all(cut.map((piece) => index.search([piece], null)));
  if (cut.length === 1) return { terms: cut, exact: new Set(perPiece[0]!.map((h) => h.id)) };
  const byPage = perPiece.map((hits) => new Map(hits.map((h) => [h.id, h.positions])));
  const spans = cut.map((piece) => Array.from(piece).length);
  const exact = new Set<string>();
  for (const [id, first] of byPage[0] ?? []) {
    if (hasRun([first, ...byPage.slice(1).map((m) => m.get(id) ?? [])], spans)) exact.add(id);
  }
  return { terms: cut, exact };
}

/** Every page that holds the query, exact hits first; filter: a page type or null for all. */
export async function findPages(raw: string, index: WordIndex, filter: string | null): Promise<Found> {
  const parts = queryParts(raw);
  if (parts.length === 0) return { exact: [], related: [], words: [] };
  const found = await Promise.all(parts.map((part) => findPart(part, index)));
  const words = found.flatMap((f) => f.terms);
  const ranked = await index.search(words, filter);
  const exact: string[] = [];
  const related: string[] = [];
  for (const { id } of ranked) (found.every((f) => f.exact.has(id)) ? exact : related).push(id);
  return { exact, related, words };
}

/**
 * Whether pages that only share words with the query are listed. For a short query (2–4
 * characters) they share a single character or word with it (两新: 13 of 17 such pages hold
 * neither 两新 nor its meaning), so they are listed only when no page holds the query itself.
 */
export function showRelated(raw: string, exactCount: number): boolean {
  if (exactCount === 0) return true;
  return Array.from(queryParts(raw).join('')).length > 4;
}
