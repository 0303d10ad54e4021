// Golden Chinese queries against the built site's real Pagefind bundle: each query must find
// one of its pages in the top 5. Any Pagefind upgrade must keep this green.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

const GOLDEN: [query: string, pages: string[]][] = [
  // Short policy terms
  ['三会一课', ['/regulations/zhibu/', '/guide/sanhui-yike/']],
  ['主题党日', ['/regulations/zhibu/', '/regulations/tiaoli/']],
  ['党费', ['/regulations/tiaoli/']],
  ['讲师', ['/regulations/tiaoli/', '/regulations/guihua-2019-2023/']],
  ['支委会', ['/regulations/zhibu/']],
  ['党小组会', ['/regulations/zhibu/']],
  ['流动党员', ['/regulations/tiaoli/']],
  ['送学上门', ['/regulations/tiaoli/', '/guide/songxue-shangmen/']],
  ['组织生活会', ['/regulations/zhibu/', '/regulations/tiaoli/']],
  ['民主评议', ['/regulations/zhibu/', '/regulations/tiaoli/']],
  ['谈心谈话', ['/regulations/zhibu/', '/regulations/tiaoli/']],
  ['限期改正', ['/regulations/tiaoli/']],
  ['发展对象', ['/regulations/fazhan/']],
  ['远程教育', ['/regulations/tiaoli/']],
  // Numbers with units
  ['32学时', ['/regulations/tiaoli/', '/regulations/shuzi/']],
  ['56学时', ['/regulations/wuqu/']],
  ['24个学时', ['/regulations/fazhan/']],
  // Year ranges
  ['2024—2028', ['/regulations/guihua-2024-2028/']],
  ['2019—2023', ['/regulations/guihua-2019-2023/']],
  // Terms that stand inside longer words
  ['学时', ['/regulations/tiaoli/', '/regulations/shuzi/', '/regulations/wuqu/', '/regulations/fazhan/']],
  ['轮训', ['/regulations/tiaoli/', '/regulations/guihua-2019-2023/', '/regulations/guihua-2024-2028/']],
  ['党籍', ['/regulations/tiaoli/']],
  // Longer phrases and document names
  ['党员教育管理工作条例', ['/regulations/tiaoli/']],
  ['支部工作条例', ['/regulations/zhibu/']],
  ['首课主课必修课', ['/regulations/guihua-2024-2028/']],
  ['停止党籍', ['/regulations/tiaoli/']],
  ['常见误区', ['/regulations/wuqu/']],
  ['数字速查', ['/regulations/shuzi/']],
  // Self-assessment: indicator titles and 佐证材料 hints
  ['佐证材料', ['/checklists/', '/checklists/zhibu-ziping/', '/checklists/dangwei-pinggu/', '/checklists/guihua-jiancha/', '/guide/taizhang/']],
  // An evidence hint and an indicator title that only the checklists' static blank forms hold.
  ['原著原文学习篇目清单', ['/checklists/zhibu-ziping/']],
  ['党员年度学时达标率', ['/checklists/zhibu-ziping/', '/checklists/dangwei-pinggu/', '/checklists/guihua-jiancha/']],
  // Pagefind matches Chinese character by character, so pages about 民主评议 and 台账 also score
  // for 自评表; the 工作指引 overview, which explains where the 自评表 fits, counts as a hit.
  ['自评表', ['/checklists/', '/checklists/zhibu-ziping/', '/guide/']],
  ['签到表', ['/checklists/zhibu-ziping/', '/checklists/dangwei-pinggu/', '/guide/taizhang/']],
  ['本机浏览器', ['/about/', '/checklists/saved/', '/checklists/']],
  // Reports and writing
  ['评估报告', ['/reports/fanwen/', '/reports/fanwen-jiedao-pinggu/', '/reports/fanwen-zhibu-pinggu/']],
  ['情况汇报', ['/reports/fanwen-dangwei-huibao/', '/reports/fanwen/']],
  ['写作指引', ['/reports/xiezuo-zhiyin/']],
  // Work guidance: the calendar, the templates and the how-to pages
  ['工作日历', ['/guide/rili/']],
  ['台账模板', ['/guide/taizhang/']],
  ['学时登记表', ['/guide/taizhang/', '/guide/lunxun-xueshi/']],
  ['流动党员联系台账', ['/guide/taizhang/', '/guide/liudong-dangyuan/']],
  ['谈心谈话记录', ['/guide/taizhang/', '/guide/tanxin-tanhua/']],
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(siteUrl('/'));
  // A string, so the test runner does not rewrite the browser-side dynamic import.
  await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/' });
    window.pf = pf;
  })()`);
});
afterAll(async () => {
  await browser?.close();
});

async function top5(query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    type PF = { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
    const pf = (window as unknown as { pf: PF }).pf;
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    return data.map((d) => d.url);
  }, query);
}

describe('中文检索黄金查询', () => {
  test('至少 30 条查询', () => expect(GOLDEN.length).toBeGreaterThanOrEqual(30));
  test.each(GOLDEN)('“%s”的前 5 条结果包含应找到的页面', async (query, pages) => {
    const urls = await top5(query);
    expect(urls.some((u) => pages.includes(u)), `前 5 条：${urls.join(' ')}`).toBe(true);
  });
});
