// Excel rows of the 学时登记表 and the activity list; user text written as text cells, never formulas.
import { expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/universal';
import type { Ledger } from '../../src/schemas/ledger';
import type { MemberHoursRow } from '../../src/lib/ledger/hours';
import { activityListRows, hoursSheetRows } from '../../src/lib/ledger/export-rows';
import { toSheetData } from '../../src/components/islands/ledger/ledger-excel';

const months = (...m: [number, number][]) => {
  const a = new Array<number>(12).fill(0);
  for (const [i, h] of m) a[i - 1] = h;
  return a;
};
const rows: MemberHoursRow[] = [
  { memberId: 'm1', name: '=HYPERLINK("http://x","点我")', group: '一组', status: '在职', byMonth: months([1, 4], [3, 2.5]), total: 6.5, target: 32, prorated: false, met: false, months: 12 },
  { memberId: 'm2', name: '李秀英', group: '一组', status: '在职', byMonth: months([7, 16]), total: 16, target: 16, prorated: true, met: true, months: 6 },
  { memberId: 'm3', name: '赵敏', group: '二组', status: '年老体弱、行动不便', byMonth: months(), total: 0, target: null, prorated: false, met: null, months: 12 },
];

test('学时登记表：月份、合计、要求（折算的注明建议口径）、达标；第二十三条的党员单列说明', () => {
  const sheet = hoursSheetRows(rows).map((r) => r.map((c) => (c === null ? null : 'text' in c ? c.text : c.number)));
  expect(sheet[0]).toEqual(['序号', '姓名', '党小组', '状态', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '全年合计', '年度要求', '是否达标']);
  expect(sheet[1]).toEqual([1, '=HYPERLINK("http://x","点我")', '一组', '在职', 4, 0, 2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6.5, '32', '未达标']);
  expect(sheet[2]!.slice(-3)).toEqual([16, '16（按 6 个月折算，建议口径）', '达标']);
  expect(sheet[3]!.slice(-3)).toEqual([0, '不作硬性要求', '送学上门（第二十三条）']);
});

test('写出的 .xlsx 中用户文字是文本单元格，以“=”开头也不变成公式', async () => {
  const buffer = await writeXlsxFile(toSheetData(hoursSheetRows(rows))).toBuffer();
  const back = await readSheet(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
  // A formula cell (no cached value) reads back as null; a text cell as its text.
  expect(back[1]![1]).toBe('=HYPERLINK("http://x","点我")');
  expect(back[1]![16]).toBe(6.5);
});

test('活动清单：按日期排序，应到 = 实到 + 请假 + 缺席，列出请假和缺席的原因', () => {
  const ledger: Ledger = {
    meta: { schemaVersion: 1, id: 'l1', unit: '一支部', year: 2026, createdAt: 0, updatedAt: 0 },
    members: [
      { id: 'm1', name: '王建国', kind: '正式党员', group: '', status: '在职', note: '' },
      { id: 'm2', name: '李秀英', kind: '正式党员', group: '', status: '在职', note: '' },
      { id: 'm3', name: '张伟', kind: '正式党员', group: '', status: '在职', note: '' },
    ],
    activities: [
      { id: 'a2', kind: '党课', date: '2026-05-10', topic: '+1 讲党史', host: '王建国', hours: 2, group: '', place: '', note: '', archive: '档案盒 3', present: ['m1'], absent: [{ memberId: 'm2', type: '请假', reason: '出差' }, { memberId: 'm3', type: '缺席', reason: '' }] },
      { id: 'a1', kind: '党员大会', date: '2026-03-20', topic: '年度计划', host: '', hours: 0, group: '', place: '会议室', note: '', archive: '', present: ['m1', 'm2', 'm3'], absent: [] },
    ],
    personalHours: [],
  };
  const list = activityListRows(ledger).map((r) => r.map((c) => (c === null ? null : 'text' in c ? c.text : c.number)));
  expect(list.slice(1).map((r) => r.slice(0, 13))).toEqual([
    ['2026-03-20', '党员大会', '年度计划', '', 0, '', '会议室', 3, 3, 0, 0, '王建国、李秀英、张伟', ''],
    ['2026-05-10', '党课', '+1 讲党史', '王建国', 2, '', '', 3, 1, 1, 1, '王建国', '李秀英（请假：出差）；张伟（缺席）'],
  ]);
});
