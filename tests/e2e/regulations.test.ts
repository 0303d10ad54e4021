import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { printPage } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) => page.locator('.number-table tbody tr:visible');

describe('数字速查', () => {
  test('表格列出带数字的要求，每行有数字、事项、适用对象、出处和核实程度', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/regulations/shuzi/'));
    const headers = await page.locator('.number-table thead th').allInnerTexts();
    expect(headers).toEqual(['数字', '事项', '适用对象', '出处', '核实程度']);
    const total = await visibleRows(page).count();
    expect(total).toBeGreaterThanOrEqual(20);
    await expect(page.locator('[data-count]').innerText()).resolves.toBe(`共 ${total} 条`);

    const xueshi = page.locator('.number-table tbody tr', { hasText: '年度集中学习培训学时' });
    await expect(xueshi.innerText()).resolves.toMatch(/每年一般不少于32学时[\s\S]*全体党员[\s\S]*《党员教育管理工作条例》第二十条[\s\S]*A 级/);
    const link = xueshi.getByRole('link', { name: '《党员教育管理工作条例》第二十条' });
    expect(decodeURIComponent((await link.getAttribute('href'))!)).toBe('/regulations/tiaoli/#第二十条');

    // 56学时 appears only as 参考, with its caveat on the same row.
    const fiftySix = page.locator('.number-table tbody tr', { hasText: '56学时' });
    await expect(fiftySix.innerText()).resolves.toMatch(/参考[\s\S]*仅供参考：[\s\S]*未核实/);
    await page.screenshot({ path: 'test-results/regulations-shuzi.png' });
    await page.close();
  });

  test('选一个适用对象，只显示适用于它的行，并显示条数', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regulations/shuzi/'));
    const total = await visibleRows(page).count();

    await page.getByRole('radio', { name: /^流动党员（\d+）$/ }).check();
    const shown = await visibleRows(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const text of await visibleRows(page).locator('td:nth-child(3)').allInnerTexts()) expect(text).toContain('流动党员');
    await expect(page.locator('[data-count]').innerText()).resolves.toBe(`适用于“流动党员”的有 ${shown} 条（共 ${total} 条）`);
    expect(await page.getByRole('radio', { name: new RegExp(`^流动党员（${shown}）$`) }).count()).toBe(1);
    expect(await page.locator('.number-table tbody tr', { hasText: '失去联系停止党籍' }).isVisible()).toBe(true);
    expect(await page.locator('.number-table tbody tr', { hasText: '支部委员会会议' }).isVisible()).toBe(false);

    await page.getByRole('radio', { name: /^全部/ }).check();
    expect(await visibleRows(page).count()).toBe(total);
    await page.close();
  });

  test('筛选可以只用键盘操作', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regulations/shuzi/'));
    await page.getByRole('radio', { name: /^全部/ }).focus();
    await page.keyboard.press('ArrowRight');
    const first = page.getByRole('radio', { name: /^全体党员（\d+）$/ });
    expect(await first.isChecked()).toBe(true);
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.locator('[data-count]').innerText()).resolves.toMatch(/^适用于“全体党员”的有 \d+ 条/);
    for (const text of await visibleRows(page).locator('td:nth-child(3)').allInnerTexts()) expect(text).toContain('全体党员');
    await page.close();
  });

  test('不运行脚本时，完整的表格仍在页面上，筛选控件不出现', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/regulations/shuzi/'));
    expect(await visibleRows(page).count()).toBeGreaterThanOrEqual(20);
    expect(await page.getByRole('radio').count()).toBe(0);
    await context.close();
  });

  test('打印时只有标题和表格，没有站点导航和筛选控件', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regulations/shuzi/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('#starlight__sidebar').isVisible()).toBe(false);
    expect(await page.locator('.nt-filter').isVisible()).toBe(false);
    expect(await page.locator('.number-table table').isVisible()).toBe(true);

    const { text } = await printPage(page, 'test-results/regulations-shuzi.pdf', { format: 'A4', printBackground: true });
    expect(text).toContain('数字速查');
    expect(text).toContain(`共${await visibleRows(page).count()}条`);
    for (const row of ['年度集中学习培训学时', '失去联系停止党籍', '支部委员会会议', '书记和班子成员56学时']) expect(text, row).toContain(row);
    for (const chrome of ['做自评', '写报告', '工作指引', '搜索', '全部（']) expect(text, chrome).not.toContain(chrome);
    await page.close();
  });
});

describe('条例逐条要点', () => {
  test('十章四十六条都在，每条有以条号为名的锚点', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/regulations/tiaoli/'));
    const chapters = await page.locator('main h2').allInnerTexts();
    expect(chapters.filter((t) => /^第[一二三四五六七八九十]+章/.test(t))).toHaveLength(10);
    const ids = await page.locator('main section.article-block').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toHaveLength(46);
    expect(ids[0]).toBe('第一条');
    expect(ids[19]).toBe('第二十条');
    expect(ids[45]).toBe('第四十六条');
    await page.screenshot({ path: 'test-results/regulations-tiaoli.png', fullPage: false });
    await page.close();
  });

  test('打开 #第二十条 的链接，页面滚动到第二十条，标题不被顶栏遮住', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('/regulations/tiaoli/#第二十条'));
    const heading = page.locator('section[id="第二十条"] h3');
    await expect(heading.innerText()).resolves.toContain('第二十条');
    const box = (await heading.boundingBox())!;
    const navBottom = (await page.locator('header.header').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(navBottom.y + navBottom.height);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await expect(page.locator('section[id="第二十条"]').innerText()).resolves.toContain('32学时');
    await page.screenshot({ path: 'test-results/regulations-tiaoli-article20.png' });
    await page.close();
  });

  test('数字速查里的出处链接跳到条例对应的条', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('/regulations/shuzi/'));
    await page.locator('.number-table tbody tr', { hasText: '限期改正期限' }).getByRole('link').click();
    await page.waitForURL(/\/regulations\/tiaoli\/#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#第三十条');
    expect(await page.locator('section[id="第三十条"] h3').isVisible()).toBe(true);
    const box = (await page.locator('section[id="第三十条"] h3').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    await page.close();
  });
});

describe('规定卡片', () => {
  const pages = ['/regulations/zhibu/', '/regulations/guihua-2019-2023/', '/regulations/guihua-2024-2028/'];

  test.each(pages)('%s：标“参考”的卡片都显示出原因', async (path) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    const reference = page.locator('.req-card[data-confidence="C"], .req-card[data-confidence="未核实"]');
    expect(await reference.count()).toBeGreaterThan(0);
    for (const card of await reference.all()) {
      const text = await card.innerText();
      expect(text).toMatch(/^参考/);
      expect(text).toMatch(/仅供参考：\S{4,}/);
      expect(text).toMatch(/核实程度\s*(C 级|未核实)/);
    }
    await page.close();
  });

  test('A 级卡片不标“参考”，写明文件、条号和核实程度的含义', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regulations/zhibu/'));
    const card = page.locator('.req-card[data-requirement-id="zhibu-12-zhiweihui"]');
    const text = await card.innerText();
    expect(text).not.toContain('参考');
    expect(text).toContain('一般每月1次');
    expect(text).toContain('《支部工作条例》第十二条');
    expect(text).toContain('读到了原文');
    await page.close();
  });
});
