// A short passage of a page around the first place it holds the query, with the query marked.
// Built as plain text pieces so that nothing from the page or the query is read as HTML.
import { plainText } from './query';

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** About `width` characters of text around the first hit of any part, hits marked. */
export function excerpt(indexed: string, parts: string[], width = 60): ExcerptPiece[] {
  const text = plainText(indexed).replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const wanted = parts.filter((p) => p.length > 0);
  const firstHit = Math.min(...wanted.map((p) => lower.indexOf(p)).filter((i) => i >= 0), Infinity);
  const start = firstHit === Infinity ? 0 : Math.max(0, firstHit - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const windowLower = lower.slice(start, end);
  const marked = new Array<boolean>(end - start).fill(false);
  for (const p of wanted) {
    for (let i = windowLower.indexOf(p); i >= 0; i = windowLower.indexOf(p, i + 1)) {
      for (let k = i; k < Math.min(i + p.length, marked.length); k++) marked[k] = true;
    }
  }
  const pieces: ExcerptPiece[] = [];
  if (start > 0) pieces.push({ text: '…', mark: false });
  for (let i = 0; i < marked.length; ) {
    let j = i;
    while (j < marked.length && marked[j] === marked[i]) j++;
    pieces.push({ text: text.slice(start + i, start + j), mark: marked[i] === true });
    i = j;
  }
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
