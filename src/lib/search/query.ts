// How a typed query is prepared before it is looked up. Pagefind drops punctuation and ignores
// case, so the query is split where it has spaces or punctuation and each part is looked up alone.

/** The parts of a query, lower-cased, split at whitespace and punctuation; empty parts dropped. */
export function queryParts(raw: string): string[] {
  return raw
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((part) => part.length > 0);
}

/** Searchable text as a reader sees it: Pagefind's word separators (zero-width spaces) removed. */
export function plainText(indexed: string): string {
  return indexed.replace(/\u200b/g, '');
}

/** Whether text holds every part of the query, each as typed (the test of an exact hit). */
export function containsQuery(text: string, parts: string[]): boolean {
  const plain = plainText(text).toLowerCase();
  return parts.length > 0 && parts.every((part) => plain.includes(part));
}
