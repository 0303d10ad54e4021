import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

// Desktop, and a 360 px phone (narrow screens hide labels and menus, which is where names get lost).
const viewports = [
  { name: '桌面', width: 1280, height: 720, isMobile: false },
  { name: '手机', width: 360, height: 640, isMobile: true },
];
describe.each(viewports)('$name（$width 像素宽）', ({ width, height, isMobile }) => {
  test.each(pages)('无障碍检查（axe，无严重问题）：%s', async (path) => {
    const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch: isMobile });
    const page = await context.newPage();
    await page.goto(siteUrl(path));
    const violations = await seriousA11yViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
