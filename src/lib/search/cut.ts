// Cuts a query into the words the search index holds. Pagefind's indexer segments Chinese with
// its own dictionary (党性|教育), while the browser's segmenter cuts the query differently
// (党|性教育); a query cut unlike the index finds nothing. So the index itself is asked: at each
// position the longest piece that is a whole word in the index is taken (longest match first).

/**
 * The query part cut into index words, longest match first, or null when some position begins no
 * word of the index (then no page holds the part as a run of whole words).
 */
export async function cutIntoWords(part: string, isWord: (piece: string) => Promise<boolean>): Promise<string[] | null> {
  const chars = Array.from(part);
  const pieces: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let taken = 0;
    for (let len = chars.length - at; len >= 1 && taken === 0; len--) {
      if (await isWord(chars.slice(at, at + len).join(''))) taken = len;
    }
    if (taken === 0) return null;
    pieces.push(chars.slice(at, at + taken).join(''));
    at += taken;
  }
  return pieces;
}

/**
 * Whether a page has the pieces one after another. positions[i] lists the word positions where the
 * page has a word beginning with piece i; spans[i] is the most positions piece i can cover (its
 * length: Pagefind also indexes some two-segment words, 自评 over 自|评, at the first segment's
 * position, so the next piece may stand one or more positions further on).
 */
export function hasRun(positions: readonly (readonly number[])[], spans: readonly number[]): boolean {
  const [first, ...rest] = positions;
  if (!first) return false;
  const sets = rest.map((list) => new Set(list));
  const from = (p: number, i: number): boolean => {
    if (i === sets.length) return true;
    for (let step = 1; step <= (spans[i] ?? 1); step++) {
      if (sets[i]!.has(p + step) && from(p + step, i + 1)) return true;
    }
    return false;
  };
  return first.some((p) => from(p, 0));
}
