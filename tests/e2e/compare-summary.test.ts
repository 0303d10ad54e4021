// 两年对比、整改清单 and 汇总, from assessments whose totals were worked out by hand (checklist-data.ts).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { EARLIER, EARLIER_TOTAL, FILLED_SCORES, contextWith, exportFile, filledValues, storedAssessment } from './checklist-data';
import { printPage } from './pdf';

const y2025 = storedAssessment('first', '第一党支部', '2025', EARLIER, 2);
const y2026 = storedAssessment('second', '第一党支部', '2026', filledValues(), 3);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('两个年度对比：总分变化与手算一致；整改清单每个失分项一行，修改后保存', async () => {
  const context = await contextWith(browser, [y2025, y2026]);
  const page = await context.newPage();
  await page.goto(siteUrl('/checklists/duibi/'));
  await page.getByLabel('要整改的自评（通常是今年）').selectOption('second');
  await page.getByLabel('对比的自评（同一张表，通常是去年）').selectOption('first');
  // 80.75 − 76.75
  await expect.poll(() => page.getByTestId('total-change').innerText()).toBe('+4');

  await expect.poll(() => page.locator('.rect-table tbody tr').count()).toBe(FILLED_SCORES.lost);
  await page.getByLabel('第1项 责任人').fill('组织委员王××');
  await page.reload();
  await page.getByLabel('要整改的自评（通常是今年）').selectOption('second');
  expect(await page.getByLabel('第1项 责任人').inputValue()).toBe('组织委员王××');

  const { text } = await printPage(page, 'test-results/rectification.pdf', { format: 'A4' });
  expect(text).toContain('整改措施');
  expect(text).toContain('组织委员王××');
  expect(text).not.toContain('要整改的自评');
  expect(text).not.toContain('CtrlK');
  await context.close();
});

test('汇总多个单位的文件：坏文件列出原因，其余成表、按总分排序、有条形图', async () => {
  const dir = tmpdir();
  const files = [
    ['一支部.json', exportFile({ ...y2025, unit: '一支部' })],
    ['二支部.json', exportFile({ ...y2026, unit: '二支部' })],
    ['坏文件.json', '这不是自评文件'],
  ].map(([name, text]) => {
    const p = join(dir, name!);
    writeFileSync(p, text!);
    return p;
  });
  const context = await contextWith(browser, []);
  const page = await context.newPage();
  await page.goto(siteUrl('/checklists/huizong/'));
  await page.locator('input[type=file]').setInputFiles(files);
  await page.locator('[data-testid=summary-table] tbody tr').first().waitFor();
  expect(await page.getByTestId('summary-failures').innerText()).toContain('坏文件.json');
  const units = () => page.locator('[data-testid=summary-table] tbody th').allInnerTexts();
  const totals = () => page.locator('[data-testid=summary-table] tbody tr td:nth-last-child(2)').allInnerTexts();
  // Highest total first: 二支部 80.75, 一支部 76.75.
  expect(await units()).toEqual(['二支部', '一支部']);
  expect(await totals()).toEqual([FILLED_SCORES.total, EARLIER_TOTAL]);
  await page.getByRole('button', { name: /^总分/ }).click();
  await expect.poll(units).toEqual(['一支部', '二支部']);
  expect(await page.locator('.totals-chart rect').count()).toBe(2);
  await context.close();
});
