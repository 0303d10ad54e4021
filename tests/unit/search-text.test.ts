import { describe, expect, test } from 'vitest';
import { searchTexts, textPageFrom, type TextPage } from '../../src/lib/search/text-search';

const page = (url: string, title: string, type: string, text: string): TextPage => ({ url, title, type, text });

const PAGES: TextPage[] = [
  page('/a/', '主题党日', '指南', '主题党日可以结合三会一课安排。'),
  page('/b/', '“三会一课”', '指南', '三会一课：支部党员大会、支委会、党小组会和党课。三会一课要有记录。'),
  page('/c/', '数字速查', '法规', '每年不少于32学时，三会一课按期召开，三会一课不走过场，三会一课有台账。'),
  page('/d/', '常见误区', '法规', '三会 一课 写成两处的，不算连着的词。'),
  page('/e/', 'Pagefind 使用说明', '指南', '本站搜索用 Pagefind，按 Ctrl K 打开。'),
];
const urls = (q: string, filter: string | null = null) => searchTexts(PAGES, q, filter).map((p) => p.url);

describe('旧版浏览器的全文逐字查找', () => {
  test('只列出正文含有完整查询词的页面：标题含有的排第一，其余按出现次数从多到少', () => {
    // /b/: title holds it, 2 times in text; /c/: 3 times; /a/: once; /d/ has it only split by a space.
    expect(urls('三会一课')).toEqual(['/b/', '/c/', '/a/']);
  });

  test('标题含有查询词的页面排在前面，即使正文出现次数更少', () => {
    // 党: /a/ once (主题党日) but its title holds it; /b/ three times (党员, 党小组, 党课).
    expect(urls('党')).toEqual(['/a/', '/b/']);
  });

  test('出现次数相同的页面保持原来的顺序', () => {
    // 会: /b/ title holds it; /c/ 3 (三会一课 ×3); /a/ 1 and /d/ 1 keep their order.
    expect(urls('会')).toEqual(['/b/', '/c/', '/a/', '/d/']);
  });

  test('英文不分大小写', () => {
    expect(urls('pagefind')).toEqual(['/e/']);
    expect(urls('CTRL')).toEqual(['/e/']);
  });

  test('带空格或标点的查询：每一部分都要出现，不必相连', () => {
    expect(urls('三会 一课')).toEqual(['/b/', '/c/', '/a/', '/d/']);
    expect(urls('32学时，台账')).toEqual(['/c/']);
    expect(urls('三会一课 记录')).toEqual(['/b/']);
  });

  test('按类型筛选', () => {
    expect(urls('三会一课', '法规')).toEqual(['/c/']);
    expect(urls('三会一课', '范文')).toEqual([]);
  });

  test('没有页面含有、或查询只有空格标点时，没有结果', () => {
    expect(urls('两新')).toEqual([]);
    expect(urls('  ，。 ')).toEqual([]);
  });

  test('标题只含有查询的一部分时不算标题命中', () => {
    const pages = [page('/x/', '党课', '指南', '党课 条例'), page('/y/', '其他', '指南', '党课 条例 条例 条例')];
    // /x/ 2 occurrences, title holds 党课 only; /y/ 4 occurrences.
    expect(searchTexts(pages, '党课 条例', null).map((p) => p.url)).toEqual(['/y/', '/x/']);
  });

  test('只有标题含有、正文不含的页面不列出', () => {
    // /c/'s title 数字速查 holds 数字, its text does not.
    expect(urls('数字')).toEqual([]);
  });
});

test('从 Pagefind 的页面片段取出网址、标题、类型和去掉分词符的正文', () => {
  expect(
    textPageFrom({
      url: '/guide/sanhui-yike/',
      content: '三会\u200b一课\u200b要\u200b按期\u200b召开\u200b。',
      meta: { title: '“三会一课”', 类型: '指南' },
      filters: { 类型: ['指南'] },
    }),
  ).toEqual({ url: '/guide/sanhui-yike/', title: '“三会一课”', type: '指南', text: '三会一课要按期召开。' });
  expect(textPageFrom({ url: '/x/', content: 'x' })).toEqual({ url: '/x/', title: '', type: '', text: 'x' });
});
