// Roster import: pasted blocks and a real .xlsx made by a spreadsheet library.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Member } from '../../src/schemas/ledger';
import { readDate } from '../../src/lib/ledger/roster-cells';
import { readRoster, splitPasted } from '../../src/lib/ledger/roster-import';
import { readRosterSheet } from '../../src/lib/ledger/roster-xlsx';

const ids = () => {
  let n = 0;
  return () => `m${++n}`;
};
const opts = (existing: Member[] = []) => ({ year: 2026, existing, newId: ids() });

describe('粘贴的名册', () => {
  // Copied from a WPS sheet: header, 6 rows, 3 of them bad (rows 3, 5, 7 of the paste).
  const pasted = [
    '姓名\t类别\t党小组\t状态\t支委职务\t转入日期\t转出日期\t备注',
    '王建国\t正式党员\t第一党小组\t在职\t书记\t\t\t',
    '\t正式党员\t第一党小组\t在职\t\t\t\t没写名字',
    '李　秀英\t预备\t第一党小组\t退休\t\t2026/03/05\t\t',
    '王建国\t正式\t第一党小组\t在职\t\t\t\t',
    '张伟\t正式\t第二党小组\t流动党员\t宣传委员\t2026.3.5\t2026-7-1\t"外出务工\n在深圳"',
    '赵敏\t正式党员\t第二党小组\t病休\t\t\t\t',
    '',
  ].join('\r\n');

  test('列出 3 个坏行的行号和原因，其余可以导入', () => {
    const r = readRoster(splitPasted(pasted), opts());
    expect(r.header).toBe(true);
    expect(r.bad).toEqual([
      { row: 3, name: '', reasons: ['缺少姓名'] },
      { row: 5, name: '王建国', reasons: ['与第 2 行重名（同在“第一党小组”党小组）'] },
      { row: 7, name: '赵敏', reasons: ['状态“病休”不认识（应为在职、离退休、流动党员、年老体弱行动不便之一）'] },
    ]);
    expect(r.good.map((g) => [g.row, g.member])).toEqual([
      [2, { id: 'm1', name: '王建国', kind: '正式党员', group: '第一党小组', status: '在职', committee: '书记', note: '' }],
      [4, { id: 'm2', name: '李秀英', kind: '预备党员', group: '第一党小组', status: '离退休', joined: '2026-03-05', note: '' }],
      [6, { id: 'm3', name: '张伟', kind: '正式党员', group: '第二党小组', status: '流动党员', committee: '委员', joined: '2026-03-05', left: '2026-07-01', note: '外出务工\n在深圳' }],
    ]);
  });

  test('没有标题行时按 姓名、类别、党小组、状态… 的顺序读', () => {
    const r = readRoster(splitPasted('刘洋\t预备党员\t一组\t年老体弱、行动不便\n孙丽'), opts());
    expect(r.header).toBe(false);
    expect(r.bad).toEqual([]);
    expect(r.good.map((g) => [g.row, g.member.name, g.member.kind, g.member.group, g.member.status])).toEqual([
      [1, '刘洋', '预备党员', '一组', '年老体弱、行动不便'],
      [2, '孙丽', '正式党员', '', '在职'],
    ]);
  });

  test('与名册中已有的同组同名党员重复的行不导入；不同党小组的同名可以', () => {
    const existing: Member[] = [{ id: 'a1', name: '王建国', kind: '正式党员', group: '第一党小组', status: '在职', note: '' }];
    const r = readRoster(splitPasted('王建国\t正式\t第一党小组\n王建国\t正式\t第二党小组'), opts(existing));
    expect(r.bad).toEqual([{ row: 1, name: '王建国', reasons: ['名册中“第一党小组”党小组已有“王建国”'] }]);
    expect(r.good.map((g) => g.member.group)).toEqual(['第二党小组']);
  });

  test('转出早于转入、不是日期、不在本年度的日期', () => {
    const text = ['周杰\t\t\t\t\t2026-09-01\t2026-04-01', '吴刚\t\t\t\t\t2月30日', '郑红\t\t\t\t\t2026-02-30', '钱多\t\t\t\t\t\t2025-12-31', '冯一\t\t\t\t\t2020-05-01\t2027-01-01'].join('\n');
    const r = readRoster(splitPasted(text), opts());
    expect(r.bad).toEqual([
      { row: 1, name: '周杰', reasons: ['转出日期 2026-04-01 早于转入日期 2026-09-01'] },
      { row: 2, name: '吴刚', reasons: ['转入日期“2月30日”不是有效的日期（请写成 2026-03-05 这样的形式）'] },
      { row: 3, name: '郑红', reasons: ['转入日期“2026-02-30”不是有效的日期（请写成 2026-03-05 这样的形式）'] },
      { row: 4, name: '钱多', reasons: ['转出日期 2025-12-31 在 2026 年之前，不是本年度的党员'] },
    ]);
    // Joined before the year and left after it: a member for the whole year.
    expect(r.good.map((g) => g.member)).toEqual([{ id: 'm1', name: '冯一', kind: '正式党员', group: '', status: '在职', note: '' }]);
  });
});

test('日期的各种写法', () => {
  const value = (c: Parameters<typeof readDate>[0]) => {
    const r = readDate(c);
    return r.ok ? r.value : r.reason;
  };
  expect(value('2026-3-5')).toBe('2026-03-05');
  expect(value('2026/03/05')).toBe('2026-03-05');
  expect(value('2026.3.5')).toBe('2026-03-05');
  expect(value('2026年3月5日')).toBe('2026-03-05');
  expect(value('')).toBeUndefined();
  // Excel's serial for 2026-03-05 (days since 1899-12-30: 46086, counted separately).
  expect(value(46086)).toBe('2026-03-05');
  expect(value(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
  expect(value('2026-02-29')).toMatch(/不是有效的日期/);
});

describe('.xlsx 名册（tests/fixtures/ledger/roster.xlsx）', () => {
  const file = readFileSync(new URL('../fixtures/ledger/roster.xlsx', import.meta.url));
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);

  test('读出 5 个好行和 5 个坏行，行号与表格中的行号一致', async () => {
    const sheet = await readRosterSheet(buffer);
    if (!sheet.ok) throw new Error(sheet.message);
    const r = readRoster(sheet.rows, opts());
    expect(r.header).toBe(true);
    expect(r.good.map((g) => [g.row, g.member.name, g.member.kind, g.member.group, g.member.status, g.member.committee, g.member.joined, g.member.left, g.member.note])).toEqual([
      [2, '王建国', '正式党员', '第一党小组', '在职', '书记', undefined, undefined, ''],
      [3, '李秀英', '预备党员', '第一党小组', '离退休', undefined, undefined, undefined, ''],
      [4, '张伟', '正式党员', '第二党小组', '流动党员', '委员', '2026-03-05', undefined, '外出务工'],
      [5, '赵敏', '正式党员', '第二党小组', '年老体弱、行动不便', undefined, undefined, undefined, '送学上门'],
      [6, '陈刚', '正式党员', '第二党小组', '在职', undefined, undefined, '2026-06-30', ''],
    ]);
    expect(r.bad).toEqual([
      { row: 7, name: '', reasons: ['缺少姓名'] },
      { row: 8, name: '王建国', reasons: ['与第 2 行重名（同在“第一党小组”党小组）'] },
      { row: 9, name: '刘洋', reasons: ['状态“出差”不认识（应为在职、离退休、流动党员、年老体弱行动不便之一）'] },
      { row: 10, name: '孙丽', reasons: ['转入日期“2026-13-01”不是有效的日期（请写成 2026-03-05 这样的形式）'] },
      { row: 11, name: '周杰', reasons: ['转出日期 2026-04-01 早于转入日期 2026-09-01'] },
    ]);
  });

  test('不是 .xlsx 的文件给出说明', async () => {
    const text = new TextEncoder().encode('姓名\t类别\n王建国\t正式').buffer;
    expect(await readRosterSheet(text)).toEqual({ ok: false, message: expect.stringContaining('不是 Excel 表格') });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).buffer;
    expect(await readRosterSheet(xls)).toEqual({ ok: false, message: expect.stringContaining('旧版 Excel（.xls）') });
    const broken = new Uint8Array(file.subarray(0, 600)).buffer;
    expect(await readRosterSheet(broken)).toEqual({ ok: false, message: expect.stringContaining('无法按 Excel 表格读取') });
  });
});
