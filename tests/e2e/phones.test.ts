// Phones (360×640, 390×844), including WeChat's built-in browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { builtPages } from './built-pages';
import { EARLIER, contextWith, exportFile, filledValues, storedAssessment } from './checklist-data';

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; V2055A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230202 MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const LONG_UNIT = '中共某某县某某镇某某村党总支部委员会第一党支部';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phone = (width: number, height: number, userAgent?: string) =>
  browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, ...(userAgent ? { userAgent } : {}) });

// Against the layout width (clientWidth): in a phone's browser window.innerWidth grows with content
// that is too wide (the page is shown zoomed out), so it cannot show the overflow.
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function startAssessment(page: Page, unit: string) {
  await page.goto(siteUrl('/checklists/zhibu-ziping/'));
  await page.getByLabel('填报单位').fill(unit);
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
}

describe('360 像素宽的手机', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phone(360, 640);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  test.each(builtPages())('页面不横向滚动：%s', async (path) => {
    await page.goto(siteUrl(path));
    expect(await sideways(page)).toBe(0);
  });

  test('搜索按钮在窄屏上仍有名称“搜索”', async () => {
    await page.goto(siteUrl('/'));
    await expect(page.getByRole('button', { name: '搜索', exact: true }).isVisible()).resolves.toBe(true);
  });
});

describe.each([
  [360, 640],
  [390, 844],
])('自评表在 %i×%i 的手机上', (width, height) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phone(width, height);
    page = await context.newPage();
    await startAssessment(page, LONG_UNIT);
  });
  afterAll(() => context?.close());

  test('单位名称很长时“当前自评”也不把页面撑宽', async () => {
    expect(await sideways(page)).toBe(0);
    const select = await page.getByLabel('当前自评').boundingBox();
    expect(select!.x + select!.width).toBeLessThanOrEqual(width);
  });

  test('输入框、下拉框和按钮至少 44 像素高，便于点按', async () => {
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.checklist-app input:not([type=radio]):not([type=checkbox]), .checklist-app select, .checklist-app button')]
        .filter((e) => e.offsetParent !== null)
        .map((e) => Math.round(e.getBoundingClientRect().height)),
    );
    expect(heights.length).toBeGreaterThan(5);
    expect(heights.filter((h) => h < 44)).toEqual([]);
  });
});

describe('微信内置浏览器', () => {
  test('自评表页提示改用系统浏览器并导出备份；下载前再次提示', async () => {
    const context = await phone(390, 844, WECHAT_UA);
    const page = await context.newPage();
    await startAssessment(page, '微信测试支部');
    const note = page.getByRole('note').filter({ hasText: '在浏览器打开' });
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.innerText()).toContain('导出文件');

    const messages: string[] = [];
    page.on('dialog', (d) => {
      messages.push(d.message());
      void d.accept();
    });
    await page.getByRole('button', { name: '导出文件' }).click();
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]).toContain('右上角“…”，选择“在浏览器打开”');
    await context.close();
  });

  test('其他浏览器不显示这条提示', async () => {
    const context = await phone(390, 844);
    const page = await context.newPage();
    await page.goto(siteUrl('/checklists/zhibu-ziping/'));
    await page.getByRole('button', { name: '开始填写' }).waitFor();
    expect(await page.getByText('微信清理缓存时').isVisible()).toBe(false);
    expect(await page.locator('.wechat-notice').count()).toBe(1);
    await context.close();
  });
});

describe('360 像素宽的手机上，有数据的页面也不横向滚动', () => {
  // Long unit names and every item filled: the widest tables these pages show.
  const y2025 = storedAssessment('first', LONG_UNIT, '2025', EARLIER, 2);
  const y2026 = storedAssessment('second', LONG_UNIT, '2026', filledValues(), 3);
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await contextWith(browser, [y2025, y2026], { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  test('我的自评', async () => {
    await page.goto(siteUrl('/checklists/saved/'));
    await expect.poll(() => page.locator('.saved-list tbody tr').count()).toBe(2);
    await page.locator('.saved-list tbody').getByText(/^\d+ 项$/).first().waitFor();
    expect(await sideways(page)).toBe(0);
  });

  test('对比与整改清单', async () => {
    await page.goto(siteUrl('/checklists/duibi/'));
    await page.getByLabel('要整改的自评（通常是今年）').selectOption('second');
    await page.getByLabel('对比的自评（同一张表，通常是去年）').selectOption('first');
    await page.getByTestId('total-change').waitFor();
    await page.locator('.rect-table').waitFor();
    expect(await sideways(page)).toBe(0);
  });

  test('生成报告', async () => {
    await page.goto(siteUrl('/checklists/baogao/?a=second'));
    await page.getByRole('button', { name: '下载 Word 文档' }).waitFor();
    expect(await sideways(page)).toBe(0);
  });

  test('汇总', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phones-'));
    const files = [y2025, y2026].map((a, i) => {
      const path = join(dir, `${i + 1}.json`);
      writeFileSync(path, exportFile(a));
      return path;
    });
    await page.goto(siteUrl('/checklists/huizong/'));
    await page.locator('input[type=file]').setInputFiles(files);
    await expect.poll(() => page.locator('[data-testid=summary-table] tbody tr').count()).toBe(2);
    expect(await sideways(page)).toBe(0);
  });
});
