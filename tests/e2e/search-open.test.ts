import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('搜索界面在打开搜索时才加载，Ctrl+K 打开后中文关键词能搜到页面', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(siteUrl('/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);

  await page.keyboard.press('Control+k');
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill('浏览器');
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor();
  const titles = await results.allInnerTexts();
  expect(titles).toContain('使用说明');
  await page.close();
});
