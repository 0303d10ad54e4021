import { describe, expect, test } from 'vitest';
import { cutIntoWords, hasRun } from '../../src/lib/search/cut';
import { findPages, showRelated, type IndexHit, type WordIndex } from '../../src/lib/search/engine';
import { excerpt } from '../../src/lib/search/excerpt';
import { containsQuery, queryParts } from '../../src/lib/search/query';

/**
 * A stand-in for Pagefind: pages are lists of index words, each at its position. A search term
 * matches words beginning with it; all terms must match; order is the order pages are given in.
 */
function fakeIndex(pages: Record<string, string[]>): WordIndex {
  const positions = (words: string[], test: (w: string) => boolean) => words.flatMap((w, i) => (test(w) ? [i] : []));
  return {
    async search(terms) {
      const hits: IndexHit[] = [];
      for (const [id, words] of Object.entries(pages)) {
        const per = terms.map((t) => positions(words, (w) => w.startsWith(t)));
        if (per.every((p) => p.length > 0)) hits.push({ id, positions: per.flat().sort((a, b) => a - b) });
      }
      return hits;
    },
    async word(word) {
      return Object.entries(pages)
        .map(([id, words]) => ({ id, positions: positions(words, (w) => w === word) }))
        .filter((h) => h.positions.length > 0);
    },
  };
}

describe('按索引的词切开查询', () => {
  const words = new Set(['党性', '教育', '党', '性', '三会', '一课', '一']);
  const isWord = async (w: string) => words.has(w);
  test('每处取索引里最长的词', async () => {
    expect(await cutIntoWords('党性教育', isWord)).toEqual(['党性', '教育']);
    expect(await cutIntoWords('三会一课', isWord)).toEqual(['三会', '一课']);
  });
  test('某处起不了任何词时无法作为连续的词找到', async () => {
    expect(await cutIntoWords('警示教育', isWord)).toBeNull();
  });
});

describe('词是否前后相连', () => {
  test('位置逐个加一即相连', () => {
    expect(hasRun([[4, 9], [10], [11]], [1, 1, 1])).toBe(true);
    expect(hasRun([[4], [6]], [1, 1])).toBe(false);
  });
  test('两字的词可能占两个位置（自评 记在 自|评 的位置上）', () => {
    expect(hasRun([[165], [167]], [2, 1])).toBe(true);
    expect(hasRun([[165], [168]], [2, 1])).toBe(false);
  });
});

describe('找页面：完整含有查询的排前面', () => {
  const index = fakeIndex({
    // 党性 and 教育 both present but apart: shares words only.
    apart: ['党性', '强', '的', '教育'],
    inRow: ['加强', '党性', '教育'],
    other: ['三会', '一课'],
  });
  test('索引切成 党性|教育 的页面被找到，只含部分字词的排在后面', async () => {
    expect(await findPages('党性教育', index, null)).toEqual({ exact: ['inRow'], related: ['apart'], words: ['党性', '教育'] });
  });
  test('多个词（空格分开）须每个都完整含有', async () => {
    expect(await findPages('党性 教育', index, null)).toEqual({ exact: ['apart', 'inRow'], related: [], words: ['党性', '教育'] });
  });
  test('空查询没有结果', async () => {
    expect(await findPages(' 、 ', index, null)).toEqual({ exact: [], related: [], words: [] });
  });
});

test('2—4 个字的查询有完整命中时不列相关结果；没有完整命中时列出', () => {
  expect(showRelated('两新', 4)).toBe(false);
  expect(showRelated('三会一课', 19)).toBe(false);
  expect(showRelated('两新', 0)).toBe(true);
  expect(showRelated('党员教育管理工作条例', 15)).toBe(true);
});

test('查询按空格和标点分开，忽略大小写', () => {
  expect(queryParts(' 三会一课，主题党日 ')).toEqual(['三会一课', '主题党日']);
  expect(queryParts('PDF')).toEqual(['pdf']);
  expect(containsQuery('三会\u200b一课', ['三会一课'])).toBe(true);
  expect(containsQuery('三会。一课', ['三会一课'])).toBe(false);
});

test('摘要取第一次出现处前后的文字，标出查询词', () => {
  const text = '甲'.repeat(50) + '三会\u200b一课' + '乙'.repeat(50);
  const pieces = excerpt(text, ['三会一课'], 30);
  expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['三会一课']);
  expect(pieces[0]).toEqual({ text: '…', mark: false });
  expect(pieces.map((p) => p.text).join('')).toBe('…' + '甲'.repeat(10) + '三会一课' + '乙'.repeat(16) + '…');
});
