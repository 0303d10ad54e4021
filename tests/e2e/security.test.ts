// No requests to other hosts and no script blocked by the Content-Security-Policy, on every page,
// while filling a checklist and while searching.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { builtPages } from './built-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function watch(page: Page) {
  const foreign: string[] = [];
  const blocked: string[] = [];
  const site = new URL(siteUrl('/')).host;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== site) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
  });
  return { foreign, blocked };
}

test('所有页面只向本站请求资源，没有被安全策略拦截的脚本', async () => {
  const page = await browser.newPage();
  const seen = watch(page);
  for (const path of builtPages()) {
    await page.goto(siteUrl(path));
    await page.waitForLoadState('networkidle');
  }
  expect(seen.foreign).toEqual([]);
  expect(seen.blocked).toEqual([]);
  await page.close();
});

test('安全策略只允许本站脚本：自评表和搜索照常工作', async () => {
  const page = await browser.newPage();
  const seen = watch(page);
  await page.goto(siteUrl('/checklists/zhibu-ziping/'));
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  await page.getByLabel('填报单位').fill('安全检查支部');
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.getByTestId('total').waitFor();
  await page.keyboard.press('Control+k');
  await page.locator('[data-search-panel] input[type="search"]').fill('主题党日');
  await page.locator('a.search-hit').first().waitFor();
  expect(seen.foreign).toEqual([]);
  expect(seen.blocked).toEqual([]);
  await page.close();
});
