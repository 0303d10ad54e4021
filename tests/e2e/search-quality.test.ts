// Search quality over everyday queries from the site's own vocabulary. The pages that hold each
// query are worked out from the indexed page text (Pagefind's fragments), not from the search code.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { allResultUrls, field, searchFor } from './search-helpers';
import { indexedPageText } from './search-page-text';

const QUERIES = [
  // Words the browser's segmenter cuts unlike the indexer (党性|教育 in the index, 党|性教育 typed).
  '党性教育', '三会一课', '主题党日', '组织生活会', '民主评议', '谈心谈话', '党小组会', '支委会',
  '党费', '讲师', '流动党员', '送学上门', '限期改正', '发展对象', '远程教育', '轮训', '党籍',
  '32学时', '56学时', '党员教育管理工作条例', '支部工作条例', '停止党籍', '常见误区', '数字速查',
  '佐证材料', '自评表', '签到表', '评估报告', '情况汇报', '写作指引', '工作日历', '台账模板',
  '学时登记表', '谈心谈话记录', '两新', '以会代训', '整改', '工作总结', '理想信念', '党员教育',
  '集中学习', '入党积极分子', '学习强国', '红色教育', '专题培训', '党支部书记', '基层党组织',
  '年度计划', '教育培训', '学时',
];

const text = indexedPageText();
const holders = (q: string) => [...text].filter(([, t]) => t.includes(q)).map(([url]) => url);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(siteUrl('/about/'));
  await page.keyboard.press('Control+k');
  await field(page).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('搜索质量：含有查询词的页面全部找到，并排在前面', () => {
  test.each(QUERIES)('“%s”', async (query) => {
    const expected = holders(query);
    await searchFor(page, query);
    const urls = await allResultUrls(page);
    const missing = expected.filter((u) => !urls.includes(u));
    expect(missing, `含有“${query}”却没有找到的页面`).toEqual([]);
    if (expected.length === 0) return;
    expect(expected, '第一条结果含有查询词').toContain(urls[0]);
    const lastHolder = Math.max(...expected.map((u) => urls.indexOf(u)));
    const intruders = urls.slice(0, lastHolder).filter((u) => !expected.includes(u));
    expect(intruders, '排在含有查询词的页面之间、本身不含查询词的结果').toEqual([]);
  });
});
