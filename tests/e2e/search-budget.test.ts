import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { describeParts, FIRST_SEARCH_BUDGET, measureFirstSearch } from './search-bytes';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('首次搜索（在内容页打开搜索、搜“三会一课”、显示结果）下载不超过 120 KB gzip', async () => {
  const parts = await measureFirstSearch(browser, siteUrl('/regulations/tiaoli/'));
  const report = describeParts(parts);
  console.log(report);
  expect(parts.some((p) => p.kind === '索引分块'), '测量到了索引的下载').toBe(true);
  expect(parts.reduce((s, p) => s + p.bytes, 0), report).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
});
