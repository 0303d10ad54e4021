// 工作指引 in the browser: the printable templates and year plan (A4, no site chrome), the .ics
// download, and 参考 marks on everything of grade C or 未核实.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { templateLabels } from '../../src/lib/ledger/blank-templates';
import { loadCalendar, loadLedgerTemplates } from '../unit/load-guide-data';
import { launchBrowser, siteUrl } from './browser';
import { printPage, squash, type Printout } from './pdf';

const OUT = 'test-results';
const LEDGER_TEMPLATES = loadLedgerTemplates();

/** The built pages of the 工作指引 section: /guide/ and /guide/<page>/. */
const builtGuidePages = () => [
  '/guide/',
  ...readdirSync('dist/guide', { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(`dist/guide/${e.name}/index.html`))
    .map((e) => `/guide/${e.name}/`),
];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

// Text only the site's chrome or the page's on-screen notes carry.
const CHROME = ['党员教育培训工作指南', '搜索', '本页内容', '查规定', '做自评', '检查时看什么', '怎样打印', '跳转到'];

/** Prints the page as it stands to an A4 PDF, keeps it (and a PNG of page 1) for looking at. */
async function printToPdf(page: Page, name: string): Promise<Printout> {
  const pdf = await printPage(page, `${OUT}/guide-${name}.pdf`, { format: 'A4', printBackground: true });
  expect(pdf.a4, `${name} 是 A4`).toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf.file, `${OUT}/guide-${name}`]);
  return pdf;
}

/** Replaces the print dialog: records which sheet was marked for printing when it was called. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: string[] }).printed = document.documentElement.hasAttribute('data-print-section')
        ? [...document.querySelectorAll('.print-section-target')].map((e) => e.id)
        : [];
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed?: string[] }).printed);

describe('台账模板', () => {
  test.each(LEDGER_TEMPLATES.map((t) => [t.title, t] as const))('“打印%s”只打印这一张：A4 一页，栏目齐全，没有网站导航', async (_, t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/guide/taizhang/'));
    await stubPrint(page);
    await page.getByRole('button', { name: `打印${t.title}`, exact: true }).click();
    await expect.poll(() => printed(page)).toEqual([t.id]);

    const pdf = await printToPdf(page, t.id);
    expect(pdf.pages, '一张 A4').toBe(1);
    expect(pdf.text).toContain(t.title);
    for (const label of templateLabels(t)) expect(pdf.text, `${t.title}：${label}`).toContain(squash(label));
    for (const other of LEDGER_TEMPLATES.filter((o) => o.id !== t.id)) expect(pdf.text, other.title).not.toContain(other.title);
    for (const chrome of CHROME) expect(pdf.text, chrome).not.toContain(chrome);

    // After the dialog closes the page is back to normal.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-print-section'))).toBe(false);
    expect(await page.locator('.print-section-target').count()).toBe(0);
    await page.close();
  });

  test('学时登记表的学时要求由规定数据生成，学时折算标为地方做法参考', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/guide/taizhang/'));
    const sheet = page.locator('#xueshi-dengji');
    await expect(sheet.locator('.tpl-rules').innerText()).resolves.toMatch(/^对照规定：年度集中学习培训学时：每年一般不少于32学时（《党员教育管理工作条例》第二十条，A 级）。$/);
    await expect(sheet.locator('.tpl-note').last().innerText()).resolves.toMatch(/^地方做法参考（不是全国统一规定）：/);
    await page.close();
  });

  test('用浏览器直接打印本页：五种模板各占一页，说明文字不印出来', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/guide/taizhang/'));
    const pdf = await printToPdf(page, 'taizhang-all');
    expect(pdf.pages).toBe(LEDGER_TEMPLATES.length);
    LEDGER_TEMPLATES.forEach((t, i) => expect(pdf.pageText(i + 1), `第 ${i + 1} 页`).toContain(t.title));
    for (const chrome of CHROME) expect(pdf.text, chrome).not.toContain(chrome);
    await page.screenshot({ path: `${OUT}/guide-taizhang.png` });
    await page.close();
  });
});

describe('年度工作日历', () => {
  const tasks = loadCalendar();
  const scheduled = tasks.filter((t) => t.frequency !== '不定期');

  test('“打印一页年度计划”：A4 一页，全部定期工作和十二个月都在，没有网站导航', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/guide/rili/'));
    await stubPrint(page);
    await page.getByRole('button', { name: '打印一页年度计划' }).click();
    await expect.poll(() => printed(page)).toEqual(['nianbiao']);

    const pdf = await printToPdf(page, 'nianbiao');
    expect(pdf.pages, '年度计划只占一页').toBe(1);
    for (const t of tasks) expect(pdf.text, t.title).toContain(squash(t.title));
    expect(pdf.text).toContain('月份');
    expect(pdf.text).toContain('123456789101112');
    for (const chrome of [...CHROME, '逐月安排', '各项工作说明']) expect(pdf.text, chrome).not.toContain(chrome);
    await page.close();
  });

  test('每项工作都有依据链接和核实程度；建议事项写明为什么；月份表里每行的标记数与数据一致', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl('/guide/rili/'));
    expect(await page.locator('.task-card').count()).toBe(tasks.length);
    for (const t of tasks) {
      const card = page.locator(`#rw-${t.id}`);
      expect(await card.locator('.basis-links a[href*="/regulations/"]').count(), t.id).toBeGreaterThan(0);
      await expect(card.locator('.basis-grade').first().innerText()).resolves.toMatch(/^(A|B|C) 级$|^未核实$/);
      if (t.kind === '建议') {
        await expect(card.innerText()).resolves.toMatch(/工作惯例（建议）[\s\S]*为什么是建议/);
      }
      expect(await card.locator('.task-card-checklist a[href*="/checklists/"]').count(), t.id).toBe(t.checklist.length);
    }
    for (const t of scheduled) {
      const marks = await page.locator(`.year-plan tr[data-task-id="${t.id}"] .yp-due`).count();
      expect(marks, t.id).toBe(t.frequency === '每月' ? 12 : t.months!.length);
    }
    await page.screenshot({ path: `${OUT}/guide-rili.png` });
    await page.locator('#nianbiao').screenshot({ path: `${OUT}/guide-rili-nianbiao.png` });
    await page.close();
  });

  test('日历文件以日历类型提供，点击链接即下载', async () => {
    const res = await fetch(siteUrl('/guide/rili.ics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('UID:zhuti-dangri@');

    const page = await browser.newPage();
    await page.goto(siteUrl('/guide/rili/'));
    const link = page.getByRole('link', { name: /导入到日历软件/ });
    expect(await link.getAttribute('download')).toMatch(/\.ics$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(body);
    await page.close();
  });

  test('窄屏（手机）上日历页可读，不出现横向滚动', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('/guide/rili/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('#rw-dangke').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/guide-rili-mobile.png` });
    await page.close();
  });
});

describe('工作指引各页', () => {
  const pages = builtGuidePages();

  test('工作指引下有概览、日历、十个操作指引和台账模板', () => {
    expect(pages).toHaveLength(13);
  });

  test.each(pages)('%s：C 级和未核实的内容都标“参考”，地方做法写明不是全国规定', async (path) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    const weak = '[data-confidence="C"], [data-confidence="未核实"]';
    for (const card of await page.locator(`.req-card:is(${weak})`).all()) await expect(card.locator('.ref-flag').innerText()).resolves.toBe('参考');
    for (const row of await page.locator(`.frequency-table tr:is(${weak})`).all()) await expect(row.innerText()).resolves.toMatch(/^参考/);
    for (const li of await page.locator(`.basis-links li:is(${weak})`).all()) await expect(li.innerText()).resolves.toMatch(/^参考[\s\S]*仅供参考：/);
    for (const box of await page.locator('.local-practice').all()) await expect(box.innerText()).resolves.toMatch(/^地方做法参考[\s\S]*不是全国统一的规定/);
    await page.close();
  });

  test.each(['/guide/', '/guide/sanhui-yike/', '/guide/lunxun-xueshi/'])('%s 在手机宽度（360 像素）上不出现横向滚动', async (path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: `${OUT}/guide-${path.split('/').filter(Boolean).join('-')}-360.png`, fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
