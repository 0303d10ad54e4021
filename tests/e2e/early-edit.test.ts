// Typing the moment a form appears must be as safe as typing later: the value reaches the saved
// assessment (and so the draft and the reloaded page), on every page that edits stored data.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

const KEY = 'dyjy:v1:assessment:early';
const stored = {
  schemaVersion: 1,
  id: 'early',
  checklistId: 'zhibu-ziping',
  checklistVersion: 1,
  unit: '早填第一党支部',
  period: '2026',
  answers: {},
  createdAt: 1,
  updatedAt: 1,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile holding one saved assessment. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(siteUrl('/about/'));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(stored)]);
  return page;
}

const saved = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

describe('页面一出现就填写，内容不丢', () => {
  for (let run = 1; run <= 3; run++) {
    test(`报告页：党员人数一出现就填，报告草稿和刷新后都有（第 ${run} 次）`, async () => {
      const page = await freshPage();
      await page.goto(siteUrl('/checklists/baogao/?a=early'));
      const field = page.getByLabel('党员人数');
      await field.waitFor();
      await field.fill('52');
      await expect.poll(() => page.getByTestId('report-preview').innerText()).toContain('现有党员52名');
      await expect.poll(async () => (await saved(page))?.report?.facts?.members).toBe(52);
      await page.reload();
      await expect.poll(() => page.getByLabel('党员人数').inputValue()).toBe('52');
      await page.context().close();
    });
  }

  test('自评表页：说明一出现就填，刷新后还在', async () => {
    const page = await freshPage();
    await page.goto(siteUrl('/checklists/zhibu-ziping/?a=early'));
    const note = page.locator('#item-zb-niandu-jihua').getByLabel(/说明/);
    await note.waitFor();
    await note.fill('年初制定了计划');
    await expect.poll(async () => (await saved(page))?.answers?.['zb-niandu-jihua']?.note).toBe('年初制定了计划');
    await page.reload();
    await expect.poll(() => page.locator('#item-zb-niandu-jihua').getByLabel(/说明/).inputValue()).toBe('年初制定了计划');
    await page.context().close();
  });

  test('对比与整改页：整改措施一出现就填，刷新后还在', async () => {
    const page = await freshPage();
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [KEY, JSON.stringify({ ...stored, answers: { 'zb-shuji-zeren': { value: 'none' } } })],
    );
    await page.goto(siteUrl('/checklists/duibi/'));
    await page.getByLabel(/要整改的自评/).selectOption('early');
    const owner = page.getByLabel('第1项 责任人');
    await owner.waitFor();
    await owner.fill('组织委员');
    await expect.poll(async () => (await saved(page))?.rectification?.['zb-shuji-zeren']?.owner).toBe('组织委员');
    await page.reload();
    await page.getByLabel(/要整改的自评/).selectOption('early');
    await expect.poll(() => page.getByLabel('第1项 责任人').inputValue()).toBe('组织委员');
    await page.context().close();
  });
});
