import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const rows = () => page.locator('.saved-list tbody tr');

test('我的自评：复制、重命名、删除前确认', async () => {
  await page.goto(siteUrl('/checklists/saved/'));
  await page.getByText('本浏览器中还没有保存的自评').waitFor();
  await page.goto(siteUrl('/checklists/dangwei-pinggu/'));
  await page.getByLabel('填报单位').fill('某街道党工委');
  await page.getByRole('button', { name: '开始填写' }).click();
  await page.getByTestId('total').waitFor();

  await page.goto(siteUrl('/checklists/saved/'));
  await expect.poll(() => rows().count()).toBe(1);
  expect(await rows().first().innerText()).toContain('基层党委（党工委）党员教育培训工作评估表');
  await page.getByRole('button', { name: '复制' }).click();
  await expect.poll(() => rows().count()).toBe(2);
  expect(await page.locator('.saved-list tbody').innerText()).toContain('某街道党工委（副本）');

  // Newest first: the copy heads the list, and keeps its place while being renamed.
  const copy = rows().first();
  expect(await copy.innerText()).toContain('（副本）');
  await copy.getByRole('button', { name: '重命名' }).click();
  await copy.getByLabel('单位名称').fill('某街道党工委');
  await copy.getByLabel('年度').fill('2027');
  await copy.getByRole('button', { name: '保存名称' }).click();
  await page.locator('.saved-list tbody').getByText('2027').waitFor();

  const renamed = rows().first();
  expect(await renamed.innerText()).toContain('2027');
  await renamed.getByRole('button', { name: '删除' }).click();
  await renamed.getByRole('alert').getByText('删除后无法恢复').waitFor();
  await renamed.getByRole('button', { name: '取消' }).click();
  expect(await rows().count()).toBe(2);
  await renamed.getByRole('button', { name: '删除' }).click();
  await renamed.getByRole('button', { name: '确定删除' }).click();
  await expect.poll(() => rows().count()).toBe(1);
  await page.reload();
  await expect.poll(() => rows().count()).toBe(1);
});
