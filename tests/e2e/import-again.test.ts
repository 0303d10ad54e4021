// Picking the same file a second time must import it again (the file input is cleared after
// each pick), and an import must not throw in the page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

const FILE = 'tests/fixtures/import/valid.json';
let browser: Browser;
let page: Page;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
});

test('同一个文件选两次：第一次导入，第二次问是否替换', async () => {
  await page.goto(siteUrl('/checklists/saved/'));
  await page.getByText('本浏览器中还没有保存的自评').waitFor();
  const input = page.locator('input[type=file]');
  await input.setInputFiles(FILE);
  await expect.poll(() => page.getByTestId('import-message').innerText()).toBe('已导入“导入测试党支部 2025年度”。');
  expect(await input.inputValue()).toBe('');

  await input.setInputFiles(FILE);
  const conflict = page.getByTestId('import-conflict');
  await conflict.waitFor();
  expect(await conflict.innerText()).toContain('本浏览器中已有同一份自评（导入测试党支部 2025年度）');
  await conflict.getByRole('button', { name: '两份都保留' }).click();
  await expect.poll(() => page.getByTestId('import-message').innerText()).toBe('已导入“导入测试党支部（导入） 2025年度”。');
  await expect.poll(() => page.locator('.saved-list tbody tr').count()).toBe(2);
  expect(errors).toEqual([]);
});
