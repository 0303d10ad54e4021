import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleTypes = (page: Page) =>
  page.locator('.fanwen-table tbody tr').evaluateAll((rows) =>
    rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => (r as HTMLElement).dataset.type),
  );

describe('范文一览的类型筛选', () => {
  test('选一个类型只显示该类型，选“全部”恢复六篇', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/reports/fanwen/'));
    const filter = page.getByRole('group', { name: '按报告类型筛选' });
    await expect(filter.isVisible()).resolves.toBe(true);
    expect(await visibleTypes(page)).toHaveLength(6);

    await filter.getByRole('radio', { name: /^检查评估报告/ }).check();
    expect(await visibleTypes(page)).toEqual(['检查评估报告']);
    await filter.getByRole('radio', { name: /^情况汇报/ }).check();
    expect(await visibleTypes(page)).toEqual(['情况汇报', '情况汇报']);
    await expect(page.getByRole('status').innerText()).resolves.toContain('情况汇报');

    await filter.getByRole('radio', { name: /^全部/ }).check();
    expect(await visibleTypes(page)).toHaveLength(6);
    await expect(page.getByRole('status').innerText()).resolves.toContain('全部 6 篇');
    await page.screenshot({ path: 'test-results/reports-fanwen.png', fullPage: true });
    await page.close();
  });

  test('可以只用键盘筛选', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/reports/fanwen/'));
    await page.getByRole('radio', { name: /^全部/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await visibleTypes(page)).toEqual(['评估报告', '评估报告']);
    await page.keyboard.press('ArrowRight');
    expect(await visibleTypes(page)).toEqual(['检查评估报告']);
    await page.close();
  });

  test('不运行脚本时，表格照样列出六篇，筛选控件不出现', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/reports/fanwen/'));
    expect(await visibleTypes(page)).toHaveLength(6);
    await expect(page.locator('.fanwen-filter').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('范文页面', () => {
  test('报告正文与本站注释分开显示，中文正常渲染', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/reports/fanwen-xian-qingkuang/'));
    const report = page.locator('.report-text');
    await expect(report.innerText()).resolves.toContain('外出务工党员');
    const [noteBg, reportBg] = await Promise.all([
      page.locator('.site-note').first().evaluate((e) => getComputedStyle(e).backgroundColor),
      report.evaluate((e) => getComputedStyle(e).backgroundColor),
    ]);
    expect(noteBg).not.toBe(reportBg);
    await expect(page.locator('.report-text .mask-number').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/reports-xian.png', fullPage: true });
    await page.close();
  });
});

describe('写作指引的空白提纲', () => {
  test('“打印空白提纲”只打印提纲部分', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/reports/xiezuo-zhiyin/'));
    // Record what would be printed instead of opening the print dialog.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedSection: boolean }).printedSection =
          document.documentElement.hasAttribute('data-print-section');
      };
    });
    await page.getByRole('button', { name: '打印空白提纲' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedSection: boolean }).printedSection)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-print-section'))).toBe(false);

    await page.evaluate(() => document.documentElement.setAttribute('data-print-section', ''));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.blank-outline').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: '通用骨架' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: 'test-results/reports-outline-print.png', fullPage: true });
    await page.close();
  });
});
