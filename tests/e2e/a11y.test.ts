import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, siteUrl } from './browser';
import { builtPages } from './built-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = builtPages();

test('构建产物中有页面可查', () => {
  expect(pages).toContain('/');
  expect(pages.length).toBeGreaterThan(5);
});

test.each(pages)('无障碍检查（axe，无严重问题）：%s', async (path) => {
  const page = await browser.newPage();
  await page.goto(siteUrl(path));
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.close();
});
