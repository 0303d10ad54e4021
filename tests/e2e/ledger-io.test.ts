// 台账 in and out, in the browser: import a ledger file, paste a roster, export with a passphrase,
// clear, import with a wrong and then the right passphrase (identical data), the filled prints as
// A4 PDFs (names, dates, totals; no site chrome) and the Excel download of the 学时登记表.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/universal';
import type { Ledger } from '../../src/schemas/ledger';
import { launchBrowser, siteUrl } from './browser';

const OUT = 'test-results';
let browser: Browser;
/** The page the running test uses; each part of this file starts its own, with fresh storage. */
let page: Page;
async function freshPage(): Promise<Page> {
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(siteUrl('/taizhang/'));
  return page;
}
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A small year, written by hand. Expected 学时 (each attendee earns the activity's 学时):
// 王建国 3月 2 + 4月 3 = 5; 李秀英 the same 5; 张伟 3月 2 + 6月 个人学时 4 = 6; 赵敏 (第二十三条) 0.
const ledger: Ledger = {
  meta: { schemaVersion: 1, id: 'lio1', unit: '第三党支部', year: 2026, createdAt: 1_780_000_000_000, updatedAt: 1_780_000_000_000 },
  members: [
    { id: 'm1', name: '王建国', kind: '正式党员', group: '第一党小组', status: '在职', committee: '书记', note: '' },
    { id: 'm2', name: '李秀英', kind: '正式党员', group: '第一党小组', status: '在职', committee: '委员', note: '' },
    { id: 'm3', name: '张伟', kind: '预备党员', group: '第二党小组', status: '流动党员', note: '' },
    { id: 'm4', name: '赵敏', kind: '正式党员', group: '第二党小组', status: '年老体弱、行动不便', note: '' },
  ],
  activities: [
    { id: 'a1', kind: '党员大会', date: '2026-03-20', topic: '学习贯彻党章', host: '王建国', hours: 2, group: '', place: '三楼会议室', note: '', archive: '2026年档案盒1', present: ['m1', 'm2', 'm3'], absent: [{ memberId: 'm4', type: '请假', reason: '住院治疗' }] },
    { id: 'a2', kind: '党课', date: '2026-04-15', topic: '讲党史', host: '李秀英', hours: 3, group: '', place: '', note: '', archive: '', present: ['m1', 'm2'], absent: [{ memberId: 'm3', type: '缺席', reason: '' }] },
    { id: 'a3', kind: '支部委员会', date: '2026-05-10', topic: '研究发展党员', host: '王建国', hours: 0, group: '', place: '', note: '', archive: '', present: ['m1', 'm2'], absent: [] },
  ],
  personalHours: [{ id: 'p1', memberId: 'm3', date: '2026-06-01', hours: 4, source: '县委党校', note: '' }],
};

const squash = (s: string) => s.replace(/\s+/g, '');
const CHROME = ['党员教育培训工作指南', '搜索', '查规定', '做自评', '导入名册', '个人信息', '跳转到'];
const ledgerKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dyjy:v1:ledger:')).length);

async function chooseFile(label: string, file: string) {
  await page.getByLabel(label).setInputFiles(file);
}
async function openPanel(name: string) {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
async function download(click: () => Promise<void>, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = `${OUT}/${name}`;
  await d.saveAs(file);
  return file;
}
/** The ledger as a plain export shows it (what “identical” is checked on). */
async function exportPlain(name: string): Promise<Ledger> {
  await openPanel('导出、导入、清除');
  await page.getByLabel('密码（可不填）').fill('');
  await page.getByLabel('再输入一次密码').fill('');
  const file = await download(() => page.getByRole('button', { name: '导出台账文件' }).click(), name);
  return JSON.parse(readFileSync(file, 'utf8')).ledger;
}
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
const normal = (l: Ledger) => ({ ...l, members: byId(l.members), activities: byId(l.activities), personalHours: byId(l.personalHours) });

/** The same year with 陈刚, who joined the branch on 1 July (as the roster paste above adds him). */
const withChen: Ledger = {
  ...ledger,
  members: [...ledger.members, { id: 'm5', name: '陈刚', kind: '正式党员', group: '第二党小组', status: '在职', joined: '2026-07-01', note: '' }],
};

test('导入台账文件、.xlsx 名册预览、粘贴名册、加密导出、清除、错误密码不改动、正确密码原样恢复', async () => {
  await freshPage();
  writeFileSync(`${OUT}/ledger-io-start.json`, JSON.stringify({ format: 'dyjy-ledger', version: 1, exportedAt: '2026-11-29T00:00:00Z', ledger }));
  await openPanel('导出、导入、清除');
  await chooseFile('选择本站导出的台账文件（.json）', `${OUT}/ledger-io-start.json`);
  await page.getByText('已导入“第三党支部 2026 年度”（名册 4 人，记录 3 条）。').waitFor();

  // The .xlsx fixture (read by the spreadsheet reader, loaded on choosing, under the site's CSP):
  // its 王建国, 李秀英, 张伟 and 赵敏 are already on this roster, so only 陈刚 could be added.
  await openPanel('导入名册');
  await chooseFile('或选择 .xlsx 表格文件', 'tests/fixtures/ledger/roster.xlsx');
  await page.getByRole('list', { name: '不能导入的行' }).waitFor();
  expect(squash(await page.getByRole('region', { name: '导入预览' }).innerText())).toContain('“roster.xlsx”：可以导入1名党员，9行不能导入');
  expect(await page.getByRole('list', { name: '不能导入的行' }).innerText()).toContain('第 10 行（孙丽）：转入日期“2026-13-01”不是有效的日期');
  await page.getByRole('button', { name: '取消' }).click();

  // Roster paste: one good row, one duplicate of 王建国 in 第一党小组.
  await page.getByLabel(/复制后粘贴在这里/).fill('陈刚\t正式党员\t第二党小组\t在职\t\t2026-7-1\n王建国\t正式党员\t第一党小组\t在职');
  await page.getByRole('button', { name: '检查粘贴的内容' }).click();
  expect(await page.getByRole('list', { name: '不能导入的行' }).innerText()).toBe('第 2 行（王建国）：名册中“第一党小组”党小组已有“王建国”');
  await page.getByRole('button', { name: '导入这 1 名党员' }).click();
  await page.getByText('已把 1 名党员加入名册。').waitFor();

  const before = await exportPlain('ledger-io-before.json');
  expect(before.members.map((m) => m.name).sort()).toEqual(['张伟', '李秀英', '王建国', '赵敏', '陈刚'].sort());
  expect(before.members.find((m) => m.name === '陈刚')).toMatchObject({ group: '第二党小组', joined: '2026-07-01', status: '在职' });

  await page.getByLabel('密码（可不填）').fill('春风 2026');
  await page.getByLabel('再输入一次密码').fill('春风 2026');
  const encrypted = await download(() => page.getByRole('button', { name: '导出加密的台账文件' }).click(), 'ledger-io-encrypted.json');
  const encText = readFileSync(encrypted, 'utf8');
  expect(JSON.parse(encText).format).toBe('dyjy-ledger-encrypted');
  for (const secret of ['王建国', '陈刚', '第三党支部', '住院治疗']) expect(encText).not.toContain(secret);

  await page.getByRole('button', { name: '清除本机台账' }).click();
  expect(await page.getByRole('alertdialog', { name: '确认清除本机台账' }).innerText()).toContain('建议先导出');
  await page.getByRole('button', { name: '确定清除' }).click();
  await page.getByRole('button', { name: '新建台账' }).waitFor();
  expect(await ledgerKeys()).toBe(0);

  await openPanel('导出、导入、清除');
  await chooseFile('选择本站导出的台账文件（.json）', encrypted);
  await page.getByText('这个台账文件设了密码').waitFor();
  await page.getByLabel('“ledger-io-encrypted.json”的密码').fill('春风 2025');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByText(/^密码不对，无法打开这个文件/).waitFor();
  expect(await ledgerKeys()).toBe(0);
  await expect(page.getByRole('button', { name: '新建台账' }).isVisible()).resolves.toBe(true);

  await page.getByLabel('“ledger-io-encrypted.json”的密码').fill('春风 2026');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByText('已导入“第三党支部 2026 年度”（名册 5 人，记录 3 条）。').waitFor();
  const after = await exportPlain('ledger-io-after.json');
  expect(normal(after)).toEqual(normal(before));

  // Reload keeps it.
  await page.reload();
  await page.getByRole('button', { name: '打印和导出 Excel' }).waitFor();
  expect(normal(await exportPlain('ledger-io-reloaded.json'))).toEqual(normal(before));
});

interface Printout {
  text: string;
  pages: number;
  pageText: (n: number) => string;
}
async function printToPdf(name: string): Promise<Printout> {
  await page.emulateMedia({ media: 'print' });
  const file = `${OUT}/ledger-${name}.pdf`;
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '70', file, `${OUT}/ledger-${name}`]);
  const text = (args: string[]) => squash(execFileSync('pdftotext', ['-layout', ...args, file, '-'], { encoding: 'utf8' }));
  return { text: text([]), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), pageText: (n) => text(['-f', String(n), '-l', String(n)]) };
}

/** Chooses a sheet, prints it (the dialog replaced by a marker), and returns the A4 PDF. */
async function printSheet(doc: RegExp, activity: string | null, name: string): Promise<Printout> {
  await openPanel('打印和导出 Excel');
  await page.evaluate(() => {
    window.print = () => ((window as unknown as { printed: boolean }).printed = document.documentElement.hasAttribute('data-print-ledger'));
  });
  await page.getByRole('radio', { name: doc }).check();
  if (activity) await page.getByLabel('选择活动').selectOption({ label: activity });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
  const pdf = await printToPdf(name);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-print-ledger') || !!document.querySelector('.ledger-print'))).toBe(false);
  for (const chrome of CHROME) expect(pdf.text, `${name}：${chrome}`).not.toContain(chrome);
  return pdf;
}

describe('填好的打印表和 Excel（一个五人的年度台账，从文件导入）', () => {
  beforeAll(async () => {
    await freshPage();
    writeFileSync(`${OUT}/ledger-io-prints.json`, JSON.stringify({ format: 'dyjy-ledger', version: 1, exportedAt: '2026-11-29T00:00:00Z', ledger: withChen }));
    await openPanel('导出、导入、清除');
    await chooseFile('选择本站导出的台账文件（.json）', `${OUT}/ledger-io-prints.json`);
    await page.getByText('已导入“第三党支部 2026 年度”（名册 5 人，记录 3 条）。').waitFor();
  });

  test('签到表：名册中当天在支部的党员，请假原因；一页 A4', async () => {
    const pdf = await printSheet(/签到表/, '2026-03-20 党员大会 学习贯彻党章', 'qiandao');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('党员签到表');
    expect(pdf.text).toContain(squash('党支部：第三党支部'));
    expect(pdf.text).toContain(squash('日期：2026-03-20'));
    // By 党小组, then by pinyin; 陈刚 joined in July and is not on a March sheet.
    expect(pdf.text).toContain('1李秀英第一党小组2王建国第一党小组3张伟第二党小组4赵敏第二党小组请假：住院治疗5');
    expect(pdf.text).not.toContain('陈刚');
    expect(pdf.text).toContain(squash('应到人数：4'));
    expect(pdf.text).toContain(squash('实到人数：3'));
  });

  test('会议记录：每次活动一页，写明日期、主题、主持人和缺席原因', async () => {
    const pdf = await printSheet(/会议记录/, '全部活动（3 次，每次一页）', 'huiyi');
    expect(pdf.pages).toBe(3);
    expect(pdf.pageText(1)).toContain(squash('会议日期：2026-03-20'));
    expect(pdf.pageText(1)).toContain('学习贯彻党章');
    expect(pdf.pageText(1)).toContain(squash('赵敏（请假：住院治疗）'));
    expect(pdf.pageText(1)).toContain(squash('记录和照片存放：2026年档案盒1'));
    expect(pdf.pageText(2)).toContain(squash('会议日期：2026-04-15'));
    expect(pdf.pageText(2)).toContain(squash('张伟（缺席）'));
    expect(pdf.pageText(3)).toContain('研究发展党员');
  });

  test('学时登记表：每人各月学时、合计、要求、是否达标；第二十三条的党员单列', async () => {
    const pdf = await printSheet(/学时登记表/, null, 'xueshi');
    expect(pdf.text).toContain('党员学时登记表');
    expect(pdf.text).toContain(squash('年度要求：32 学时'));
    // 序号 姓名 党小组 3月 4月 … 合计 要求 达标 (empty months print nothing).
    expect(pdf.text).toContain('1李秀英第一党小组23532未达标');
    expect(pdf.text).toContain('2王建国第一党小组23532未达标');
    // 陈刚 joined on 1 July: 6 months, 32 × 6 ÷ 12 = 16.
    expect(pdf.text).toContain(squash('3陈刚第二党小组016（按6个月折算，建议口径）未达标'));
    // 3月 2, 6月 4 (个人学时), total 6.
    expect(pdf.text).toContain('4张伟第二党小组24632未达标');
    expect(pdf.text).toContain(squash('年老体弱、行动不便的党员（条例第二十三条'));
    expect(pdf.text).toContain(squash('5赵敏第二党小组0不作硬性要求送学上门（第二十三条）'));
  });

  test('年度落实表与 Excel 学时登记表', async () => {
    const pdf = await printSheet(/年度落实情况表/, null, 'nianbiao');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('2026年度“三会一课”等组织生活落实情况');
    expect(pdf.text).toContain('党员大会每季度✓');
    expect(pdf.text).toContain('支部委员会');

    const xlsx = await download(() => page.getByRole('button', { name: '党员学时登记表（.xlsx）' }).click(), 'ledger-io-xueshi.xlsx');
    const b = readFileSync(xlsx);
    const rows = await readSheet(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byName.get('王建国')!.slice(16)).toEqual([5, '32', '未达标']);
    expect(byName.get('张伟')!.slice(16)).toEqual([6, '32', '未达标']);
    expect(byName.get('赵敏')!.slice(16)).toEqual([0, '不作硬性要求', '送学上门（第二十三条）']);
  });
});
