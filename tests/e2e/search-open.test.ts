import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { field, panel, searchFor } from './search-helpers';
import { indexedPageText } from './search-page-text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('搜索代码在打开搜索时才加载；Ctrl+K 打开，结果显示标题和类型，可按类型筛选', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(siteUrl('/regulations/tiaoli/'));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual([]);

  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => document.activeElement?.matches('[data-search-panel] input'));
  await searchFor(page, '浏览器');
  expect(await panel(page).locator('.search-status').innerText()).toMatch(/^找到 \d+ 个含有“浏览器”的页面$/);
  const titles = await page.locator('a.search-hit').allInnerTexts();
  expect(titles[0]).toMatch(/〔(法规|规划|范文|自评|指南)〕$/);
  expect(await panel(page).locator('.search-excerpt mark').first().innerText()).toBe('浏览器');
  expect(await panel(page).locator('.search-note').count()).toBe(0); // Pagefind runs here

  await page.getByRole('radio', { name: '自评' }).click();
  await page.waitForFunction(() => {
    const links = Array.from(document.querySelectorAll('a.search-hit'));
    return links.length > 0 && links.every((a) => a.textContent!.endsWith('〔自评〕'));
  });
  expect(await page.getByRole('radio', { name: '自评' }).getAttribute('aria-checked')).toBe('true');

  await page.getByRole('button', { name: '清除' }).click();
  await page.waitForFunction(() => document.querySelectorAll('a.search-hit').length === 0);
  expect(await field(page).inputValue()).toBe('');
  await page.keyboard.press('Escape');
  await page.locator('site-search dialog').waitFor({ state: 'hidden' });
  await page.close();
});

test('输入法拼写中不触发搜索，选定汉字后才搜索', async () => {
  const page = await browser.newPage();
  await page.goto(siteUrl('/about/'));
  await page.locator('button[data-open-modal]').click();
  const input = field(page);
  await input.waitFor();
  // Every status the dialog shows is recorded, so a search for the pinyin would be seen.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const status = document.querySelector('[data-search-panel] .search-status')!;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await input.dispatchEvent('compositionstart');
  await input.fill('liulanqi');
  await input.evaluate((el: HTMLInputElement) => {
    el.value = '浏览器';
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '浏览器' }));
  });
  await page.locator('a.search-hit').first().waitFor();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((s) => s.includes('浏览器'))).toBe(true);
  expect(seen.filter((s) => s.includes('liulanqi'))).toEqual([]);
  await page.close();
});

test('键盘：/ 打开搜索，方向键选结果，回车打开，Esc 关闭', async () => {
  const page = await browser.newPage();
  await page.goto(siteUrl('/about/'));
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.matches('[data-search-panel] input'));
  await searchFor(page, '三会一课');
  await page.keyboard.press('ArrowDown');
  const first = page.locator('a.search-hit').first();
  await page.waitForFunction(() => document.activeElement?.matches('a.search-hit'));
  const href = await first.getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.activeElement?.matches('[data-search-panel] input'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === href);
  await page.keyboard.press('Control+k');
  await page.locator('site-search dialog').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('site-search dialog').waitFor({ state: 'hidden' });
  await page.close();
});

test('没有完整含有查询词的页面时用中文说明，并把相关结果标出来', async () => {
  const page = await browser.newPage();
  await page.goto(siteUrl('/about/'));
  await page.keyboard.press('Control+k');
  await searchFor(page, '教育党性');
  expect(await panel(page).locator('.search-status').innerText()).toBe('没有页面含有完整的“教育党性”。');
  await expect.poll(() => page.locator('.search-related').innerText()).toBe('相关结果');
  expect(await page.locator('a.search-hit').count()).toBeGreaterThan(0);

  await searchFor(page, 'qwxz');
  expect(await panel(page).locator('.search-status').innerText()).toContain('没有找到与“qwxz”相关的页面');
  expect(await page.locator('a.search-hit').count()).toBe(0);
  await page.close();
});

test('浏览器没有 WebAssembly 时按全文逐字查找，结果照常列出', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    delete (window as { WebAssembly?: unknown }).WebAssembly;
  });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(siteUrl('/about/'));
  await page.keyboard.press('Control+k');
  await searchFor(page, '三会一课');
  // Every page whose indexed text holds the query, counted from Pagefind's fragments.
  const holders = [...indexedPageText().values()].filter((t) => t.includes('三会一课')).length;
  expect(holders).toBeGreaterThan(5);
  expect(await panel(page).locator('.search-status').innerText()).toBe(`找到 ${holders} 个含有“三会一课”的页面`);
  expect(await panel(page).locator('.search-note').innerText()).toBe('（旧版浏览器：按全文逐字查找）');
  expect(await page.locator('a.search-hit').first().innerText()).toBe('“三会一课”〔指南〕');
  expect(await panel(page).locator('.search-excerpt mark').first().innerText()).toBe('三会一课');
  expect(requested).toContain('/pagefind/fallback-text.json');
  expect(requested.filter((u) => u.startsWith('/pagefind/') && u !== '/pagefind/fallback-text.json')).toEqual([]);
  await page.close();
});

test('手机宽度（360 px）：搜索按钮有名称，对话框不超出屏幕', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  await page.goto(siteUrl('/guide/'));
  const button = page.getByRole('button', { name: '搜索', exact: true });
  expect(await button.isVisible()).toBe(true);
  await button.click();
  await searchFor(page, '主题党日');
  const box = await page.locator('site-search dialog').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const overflow = await page.evaluate(() => {
    const d = document.querySelector('site-search dialog')!;
    return d.scrollWidth - d.clientWidth;
  });
  expect(overflow).toBe(0);
  await page.close();
});
