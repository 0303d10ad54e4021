import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, siteUrl } from './browser';
import { contextWith, loadChecklist, storedAssessment, type StoredAssessment } from './checklist-data';
import { printPage, squash } from './pdf';

const checklist = loadChecklist('zhibu-ziping');
const item = (id: string) => checklist.dimensions.flatMap((d) => d.items).find((i) => i.id === id)!;
const UNIT = '测试第五党支部';
const TITLE = `${UNIT}关于2026年度党员教育培训工作的自查评估报告`;
const EDITED = `${UNIT}现有党员52名，这一段是在预览中手工改写的基本情况。`;

// Each test opens its own browser context: an empty one, or one holding REPORTED.
const REPORTED = {
  ...storedAssessment('reported', UNIT, '2026', {}),
  answers: {
    'zb-niandu-jihua': { value: 1 },
    'zb-zhiweihui-yanjiu': { value: 1, note: '全年只在年初研究过一次' },
    'zb-shuji-zeren': { value: 'done' },
  },
};

let browser: Browser;
beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const preview = (page: Page) => page.getByTestId('report-preview');
const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 });

async function newPage(saved: StoredAssessment[]): Promise<Page> {
  const context = await contextWith(browser, saved, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

/** The report page for REPORTED, once its draft is shown. */
async function reportPage(): Promise<Page> {
  const page = await newPage([REPORTED]);
  await page.goto(siteUrl('/checklists/baogao/?a=reported'));
  await expect.poll(() => preview(page).getByRole('heading', { level: 2 }).innerText()).toBe(TITLE);
  return page;
}

/** Rewrites 一、基本情况 by hand and waits until the preview shows it. */
async function editBasicSection(page: Page) {
  await page.getByRole('button', { name: '修改本节：一、基本情况' }).click();
  await page.getByLabel(/修改“一、基本情况”/).fill(EDITED);
  await expect.poll(() => preview(page).innerText()).toContain(EDITED);
}

describe('生成自查评估报告', () => {
  test('还没有保存的自评时说明原因，并链接到自评表', async () => {
    const page = await newPage([]);
    await page.goto(siteUrl('/checklists/baogao/'));
    await page.getByTestId('no-assessment').waitFor();
    expect(await page.locator('.report-app a').count()).toBe(3);
    await page.context().close();
  });

  test('填写几项自评后，从自评表的“生成报告”进入', async () => {
    const page = await newPage([]);
    await page.goto(siteUrl('/checklists/zhibu-ziping/'));
    await page.getByLabel('填报单位').fill(UNIT);
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.locator('#item-zb-niandu-jihua').getByRole('radio').nth(1).check();
    await page.locator('#v-zb-zhiweihui-yanjiu').fill('1');
    await page.locator('#item-zb-zhiweihui-yanjiu').getByLabel(/说明/).fill('全年只在年初研究过一次');
    await page.locator('#item-zb-shuji-zeren').getByRole('radio', { name: '完成', exact: true }).check();
    await expect.poll(() => page.getByTestId('answered').innerText()).toBe('3');
    await page.getByRole('link', { name: '生成报告' }).click();
    await page.waitForURL(/\/checklists\/baogao\/\?a=/);
    await expect.poll(() => preview(page).getByRole('heading', { level: 2 }).innerText()).toBe(TITLE);
    await expect.poll(() => preview(page).innerText()).toContain('自查情况：全年只在年初研究过一次。');
    await page.context().close();
  });

  test('报告写出失分项的问题和措施，填写的数字写进基本情况', async () => {
    const page = await reportPage();
    const text = () => preview(page).innerText();
    await expect.poll(text).toContain(item('zb-zhiweihui-yanjiu').problem);
    expect(await text()).toContain('自查情况：全年只在年初研究过一次。');
    expect(await text()).toContain(item('zb-niandu-jihua').measure);
    expect(await text()).toContain('【待填写：党员人数】');
    await page.getByLabel('党员人数').fill('52');
    await page.getByLabel('培训期数').fill('12');
    await page.getByLabel('培训人次').fill('560');
    await page.getByLabel('人均学时').fill('35.5');
    await page.getByLabel('书记、委员参训情况').fill('书记参加县委党校轮训5天');
    await expect.poll(text).toContain('现有党员52名');
    expect(await text()).toContain('集中培训12期、560人次');
    expect(await text()).not.toContain('【待填写：党员人数】');
    await page.getByLabel('人均学时').fill('三十');
    await page.getByText('请填写学时数').waitFor();
    await page.context().close();
  });

  test('修改一节，刷新后修改和填写的数字还在', async () => {
    const page = await reportPage();
    await page.getByLabel('党员人数').fill('52');
    await expect.poll(() => preview(page).innerText()).toContain('现有党员52名');
    await editBasicSection(page);
    await page.reload();
    await expect.poll(() => preview(page).innerText()).toContain(EDITED);
    expect(await page.getByLabel('党员人数').inputValue()).toBe('52');
    await page.getByRole('button', { name: '恢复自动生成的内容：一、基本情况' }).waitFor();
    await page.screenshot({ path: 'test-results/report-preview.png', fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('下载 Word 文档：文件里有单位名称、修改的段落和各部分标题', async () => {
    const page = await reportPage();
    await editBasicSection(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe(`${UNIT}-2026年度党员教育培训工作自查评估报告.docx`);
    const file = join(mkdtempSync(join(tmpdir(), 'report-e2e-')), 'report.docx');
    await download.saveAs(file);
    const xml = squash(unzip(file, 'word/document.xml').replace(/<[^>]+>/g, ''));
    for (const s of [TITLE, EDITED, '一、基本情况', '三、存在问题及原因', '四、改进措施', '五、自评结果', item('zb-zhiweihui-yanjiu').measure]) expect(xml).toContain(squash(s));
    await page.context().close();
  });

  test('打印报告（A4 PDF）：只有报告，没有表单和网站导航', async () => {
    const page = await reportPage();
    await editBasicSection(page);
    const { text, a4 } = await printPage(page, 'test-results/report-print.pdf');
    expect(a4).toBe(true);
    for (const s of [TITLE, EDITED, '二、主要做法', '附件']) expect(text).toContain(squash(s));
    for (const chrome of ['报告需要的基本情况', '下载Word文档', '修改本节', '本页内容', '我的自评']) expect(text).not.toContain(chrome);
    await page.context().close();
  });

  test('恢复自动生成的内容', async () => {
    const page = await reportPage();
    await page.getByLabel('党员人数').fill('52');
    await editBasicSection(page);
    await page.getByRole('button', { name: '恢复自动生成的内容：一、基本情况' }).click();
    await expect.poll(() => preview(page).innerText()).not.toContain(EDITED);
    expect(await preview(page).innerText()).toContain('现有党员52名');
    await page.context().close();
  });
});
