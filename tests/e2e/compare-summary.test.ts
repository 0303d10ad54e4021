import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { rectificationRows } from '../../src/lib/assessment/compare';
import { exportText } from '../../src/lib/assessment/export-file';
import type { Assessment } from '../../src/lib/assessment/model';
import { formatCents, scoreChecklist } from '../../src/lib/scoring';
import { launchBrowser, siteUrl } from './browser';
import { answerFor, loadChecklist } from './checklist-data';

const checklist = loadChecklist('zhibu-ziping');
const items = checklist.dimensions.flatMap((d) => d.items);
const make = (id: string, period: string, shift: number): Assessment => ({
  schemaVersion: 1,
  id,
  checklistId: checklist.id,
  checklistVersion: checklist.version,
  unit: `${id}党支部`,
  period,
  answers: Object.fromEntries(items.map((item, i) => [item.id, { value: answerFor(item, i + shift) }])),
  createdAt: 1,
  updatedAt: period === '2026' ? 3 : 2,
});
const y2025 = make('第一', '2025', 1);
const y2026 = make('第一', '2026', 0);
y2026.id = 'second';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(siteUrl('/checklists/duibi/'));
  await page.evaluate((list) => list.forEach((a) => localStorage.setItem(`dyjy:v1:assessment:${a.id}`, JSON.stringify(a))), [y2025, y2026]);
  await page.reload();
});
afterAll(async () => {
  await browser?.close();
});

test('两个年度对比：总分变化与计分规则一致；整改清单来自失分项，修改后保存', async () => {
  await page.getByLabel('要整改的自评（通常是今年）').selectOption('second');
  await page.getByLabel('对比的自评（同一张表，通常是去年）').selectOption(y2025.id);
  const [t25, t26] = [scoreChecklist(checklist, y2025.answers).total!, scoreChecklist(checklist, y2026.answers).total!];
  const d = t26 - t25;
  const expected = d === 0 ? '持平' : `${d > 0 ? '+' : ''}${formatCents(d)}`;
  expect(await page.getByTestId('total-change').innerText()).toBe(expected);

  const rows = rectificationRows(checklist, y2026);
  await expect.poll(() => page.locator('.rect-table tbody tr').count()).toBe(rows.length);
  await page.getByLabel('第1项 责任人').fill('组织委员王××');
  await page.reload();
  await page.getByLabel('要整改的自评（通常是今年）').selectOption('second');
  expect(await page.getByLabel('第1项 责任人').inputValue()).toBe('组织委员王××');

  await page.emulateMedia({ media: 'print' });
  const pdf = join(tmpdir(), 'rect.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  await page.pdf({ format: 'A4', path: 'test-results/rectification.pdf' });
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('整改措施');
  expect(text).toContain('组织委员王××');
  expect(text).not.toContain('要整改的自评');
  expect(text).not.toContain('CtrlK');
  await page.emulateMedia({ media: 'screen' });
});

test('汇总多个单位的文件：坏文件列出原因，其余成表、可排序、有条形图', async () => {
  const dir = tmpdir();
  const files = [
    ['一支部.json', exportText({ ...y2025, unit: '一支部' }, checklist)],
    ['二支部.json', exportText({ ...y2026, unit: '二支部' }, checklist)],
    ['坏文件.json', '这不是自评文件'],
  ].map(([name, text]) => {
    const p = join(dir, name!);
    writeFileSync(p, text!);
    return p;
  });
  await page.goto(siteUrl('/checklists/huizong/'));
  await page.locator('input[type=file]').setInputFiles(files);
  await page.locator('[data-testid=summary-table] tbody tr').first().waitFor();
  expect(await page.getByTestId('summary-failures').innerText()).toContain('坏文件.json');
  const units = () => page.locator('[data-testid=summary-table] tbody th').allInnerTexts();
  const high = scoreChecklist(checklist, y2026.answers).total! >= scoreChecklist(checklist, y2025.answers).total! ? '二支部' : '一支部';
  expect((await units())[0]).toBe(high);
  await page.getByRole('button', { name: /^总分/ }).click();
  await expect.poll(async () => (await units())[1]).toBe(high);
  expect(await page.locator('.totals-chart rect').count()).toBe(2);
});
