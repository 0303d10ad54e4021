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

test('搜索界面在打开搜索时才加载；Ctrl+K 打开，结果显示标题和类型，可按类型筛选', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(siteUrl('/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);

  await page.keyboard.press('Control+k');
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor();
  await input.fill('浏览器');
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor();
  expect(await results.allInnerTexts()).toContain('使用说明〔指南〕');
  await expect.poll(() => page.locator('#starlight__search mark').count()).toBeGreaterThan(0);

  const filters = page.locator('.pagefind-ui__filter-panel');
  expect(await filters.innerText()).toContain('类型');
  await page.keyboard.press('Escape');
  await page.close();
});

test('输入法拼写中不触发搜索，选定汉字后才搜索', async () => {
  const page = await browser.newPage();
  await page.goto(siteUrl('/about/'));
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor();
  await input.dispatchEvent('compositionstart');
  await input.fill('liulanqi');
  await page.waitForTimeout(800);
  expect(await page.locator('.pagefind-ui__message').count()).toBe(0);
  await input.evaluate((el: HTMLInputElement) => {
    el.value = '浏览器';
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '浏览器' }));
  });
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  expect(await page.locator('.pagefind-ui__message').innerText()).toContain('浏览器');
  await page.close();
});
