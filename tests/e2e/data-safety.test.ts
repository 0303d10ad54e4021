// A year's answers must survive bad files, broken storage, full storage and two open tabs.
// Every test starts from its own browser context holding one saved assessment.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';
import { contextWith, storedAssessment } from './checklist-data';

const FIXTURES = 'tests/fixtures/import';
const CHECKLIST = '/checklists/zhibu-ziping/';
const SAVED = storedAssessment('safe', '数据安全支部', '2026', { 'zb-shuji-zeren': 'done', 'zb-zhiweihui-yanjiu': 1 });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A new context with SAVED in storage, and a page in it. */
async function open(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await contextWith(browser, [SAVED], { acceptDownloads: true });
  return { context, page: await context.newPage() };
}

/** The site's stored data, each value parsed (so key order inside a value does not matter). */
const stored = (p: Page) =>
  p.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('dyjy:')).map((k) => [k, JSON.parse(localStorage.getItem(k)!)])));
const storedAnswers = (p: Page) => p.evaluate(() => JSON.parse(localStorage.getItem('dyjy:v1:assessment:safe')!).answers);

async function importFile(p: Page, path: string) {
  await p.locator('input[type=file]').setInputFiles(path);
  await p.getByTestId('import-message').or(p.getByTestId('import-conflict')).waitFor();
}

describe('导入坏文件：说明原因，本机数据不变', () => {
  const large = join(tmpdir(), 'dyjy-too-large.json');
  writeFileSync(large, JSON.stringify({ format: 'dyjy-assessment', schemaVersion: 1, assessment: { note: '长'.repeat(1_900_000) } }));
  const cases: [string, string][] = [
    [`${FIXTURES}/empty.json`, '文件是空的'],
    [`${FIXTURES}/not-json.json`, '无法按 JSON 格式读取'],
    [`${FIXTURES}/not-our-format.json`, '缺少本站的格式标记'],
    [`${FIXTURES}/newer-version.json`, '更新版本的本站导出'],
    [`${FIXTURES}/unknown-checklist.json`, '“no-such-checklist”在本站不存在'],
    [`${FIXTURES}/unknown-item.json`, '本自评表没有的指标（no-such-item）'],
    [`${FIXTURES}/out-of-range.json`, '的答案超出范围（-5）'],
    [large, '超过 5 MB 的上限'],
  ];
  test.each(cases)('%s', async (file, message) => {
    const { context, page } = await open();
    await page.goto(siteUrl('/checklists/saved/'));
    const before = await stored(page);
    await importFile(page, file);
    const shown = await page.getByTestId('import-message').innerText();
    expect(shown).toContain(message);
    expect(shown).toContain('本机已保存的数据没有任何改动');
    expect(await stored(page)).toEqual(before);
    await context.close();
  });
});

describe('导出、清空、再导入', () => {
  test('答案和总分完全一致；再次导入同一文件先询问', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl(CHECKLIST));
    // 支部书记 完成 3 + 支委会研究 1 次 (3 − 1.5) = 4.5 of the answered items.
    await expect.poll(() => page.getByTestId('total').innerText()).toBe('4.5');
    const total = await page.getByTestId('total').innerText();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出文件' }).click()]);
    expect(download.suggestedFilename()).toBe('数据安全支部-2026年度-党支部党员教育培训工作自评表.json');
    const path = join(tmpdir(), 'dyjy-export.json');
    await download.saveAs(path);
    const before = await stored(page);

    await page.evaluate(() => localStorage.clear());
    await page.goto(siteUrl('/checklists/saved/'));
    await page.getByText('本浏览器中还没有保存的自评').waitFor();
    await importFile(page, path);
    expect(await page.getByTestId('import-message').innerText()).toContain('已导入“数据安全支部 2026年度”');
    expect(await stored(page)).toEqual(before);
    await page.getByRole('link', { name: '打开' }).click();
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('total').innerText()).toBe(total);
    expect(await page.locator('#v-zb-zhiweihui-yanjiu').inputValue()).toBe('1');

    await page.goto(siteUrl('/checklists/saved/'));
    await importFile(page, path);
    await page.getByRole('button', { name: '两份都保留' }).click();
    await expect.poll(() => page.getByRole('link', { name: '打开' }).count()).toBe(2);
    expect(JSON.parse(readFileSync(path, 'utf8')).assessment.unit).toBe('数据安全支部');
    await context.close();
  });
});

describe('本机数据损坏', () => {
  test('无法读取的数据保留原样，提示并可下载备份', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl('/checklists/saved/'));
    const raw = '{"schemaVersion":1,"id":"broken","answers":{"zb-shuji-zeren":';
    await page.evaluate((r) => localStorage.setItem('dyjy:v1:assessment:broken', r), raw);
    await page.goto(siteUrl('/checklists/saved/'));
    await page.getByText('1 份自评数据无法读取').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载无法读取的数据' }).click()]);
    const path = join(tmpdir(), 'dyjy-recovered.json');
    await download.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe(raw);
    // Opening and editing other assessments never touches it.
    await page.goto(siteUrl(CHECKLIST));
    await page.locator('#v-zb-zhiweihui-yanjiu').fill('2');
    await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('dyjy:v1:assessment:broken'))).toBe(raw);
    await context.close();
  });

  test('字段内容不合规定的记录（如说明写成了数字）同样保留原样并说明是哪个字段，页面照常使用', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl('/checklists/saved/'));
    const record = { schemaVersion: 1, id: 'odd', checklistId: 'zhibu-ziping', checklistVersion: 1, unit: '字段有误的支部', period: '2026', answers: { 'zb-shuji-zeren': { note: 5 } }, createdAt: 1, updatedAt: 2 };
    const raw = JSON.stringify(record);
    await page.evaluate((r) => localStorage.setItem('dyjy:v1:assessment:odd', r), raw);
    await page.goto(siteUrl(CHECKLIST));
    await page.getByText('1 份自评数据无法读取').waitFor();
    await page.getByRole('button', { name: '查看原因' }).click();
    await page.getByText('dyjy:v1:assessment:odd：字段 answers.zb-shuji-zeren.note 的内容不符合要求').waitFor();
    expect(await page.getByRole('option', { name: /字段有误的支部/ }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('dyjy:v1:assessment:odd'))).toBe(raw);
    await context.close();
  });
});

describe('两个标签页与存储已满', () => {
  test('两个标签页分别填写不同指标，两处修改都保留', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl(CHECKLIST));
    const other = await context.newPage();
    await other.goto(siteUrl(CHECKLIST));
    await other.locator('#v-zb-zhiweihui-yanjiu').waitFor();
    await page.locator('#v-zb-zhiweihui-yanjiu').fill('0');
    // The first tab has saved before the second one acts.
    await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
    await expect.poll(async () => (await storedAnswers(page))['zb-zhiweihui-yanjiu'].value).toBe(0);
    await other.locator('#item-zb-shuji-zeren').getByRole('radio', { name: '部分完成', exact: true }).check();
    await other.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
    await expect.poll(async () => (await storedAnswers(page))['zb-shuji-zeren'].value).toBe('partial');
    expect((await storedAnswers(page))['zb-zhiweihui-yanjiu'].value).toBe(0);
    await page.reload();
    await page.locator('#v-zb-zhiweihui-yanjiu').waitFor();
    expect(await page.locator('#v-zb-zhiweihui-yanjiu').inputValue()).toBe('0');
    expect(await page.locator('#item-zb-shuji-zeren').getByRole('radio', { name: '部分完成', exact: true }).isChecked()).toBe(true);
    await context.close();
  });

  test('存储空间已满时明确提示保存失败', async () => {
    const { context, page } = await open();
    await page.goto(siteUrl(CHECKLIST));
    await page.locator('#v-zb-zhiweihui-yanjiu').waitFor();
    await page.evaluate(() => {
      // Fill the quota with ever smaller pieces until not even a short note fits.
      let i = 0;
      for (let size = 256 * 1024; size >= 16; size = Math.floor(size / 4)) {
        for (;;) {
          try {
            localStorage.setItem(`filler:${i++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    await page.locator('#item-zb-shuji-zeren').locator('textarea').fill('这一段说明写不进去了'.repeat(50));
    const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('存储空间已满');
    await context.close();
  });
});
