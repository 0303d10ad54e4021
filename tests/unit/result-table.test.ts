import { expect, test } from 'vitest';
import { toCsv } from '../../src/lib/assessment/csv';
import { resultRows } from '../../src/lib/assessment/result-table';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

const base = { ...demoItem, evidence: ['会议记录', '签到表'] };
const checklist = demoChecklist([
  {
    id: 'd',
    title: '日常方式',
    items: [
      { ...base, id: 'plan', title: '年度计划', points: 4, standard: '制定年度计划。', rule: { kind: 'check' } },
      { ...base, id: 'days', title: '主题党日', points: 6, standard: '每月一次。', rule: { kind: 'deduct', required: 12, per: 0.5 } },
    ],
  },
]);
const a = {
  ...newAssessment({ checklistId: 'demo', checklistVersion: 1, unit: '一支部', period: '2026' }, 0, 'x'),
  answers: {
    plan: { value: 'done' as const, note: '计划含"必读书目",已印发', evidence: [{ ready: true, location: '档案柜1' }] },
    days: { value: 9, review: 4 },
  },
};

test('每个指标一行：自评情况、自评分、考核分、说明和佐证材料', () => {
  const rows = resultRows(checklist, a);
  expect(rows[1]).toEqual(['日常方式', '年度计划', 4, '制定年度计划。 完成得 4 分，部分完成得 2 分，未完成不得分。', '完成', 4, null, '计划含"必读书目",已印发', '已备：会议记录（档案柜1）\n缺：签到表']);
  expect(rows[2]!.slice(4, 7)).toEqual(['开展 9 次（应 12 次）', 4.5, 4]);
  expect(rows[3]!.slice(0, 2)).toEqual(['日常方式', '小计']);
  expect(rows.at(-1)!.slice(0, 6)).toEqual(['总分', '等次：合格', 10, '', '已答 2/2', 8.5]);
});

test('CSV 带 BOM，含逗号、引号、换行的单元格被正确转义', () => {
  const csv = toCsv(resultRows(checklist, a));
  expect(csv.startsWith('\uFEFF一级指标,二级指标,')).toBe(true);
  expect(csv).toContain('"计划含""必读书目"",已印发"');
  expect(csv).toContain('"已备：会议记录（档案柜1）\n缺：签到表"');
});

test('还没有考核分时，小计和总分的考核分一栏空着，不写 0', () => {
  const rows = resultRows(checklist, { ...a, answers: { plan: { value: 'done' }, days: { value: 9 } } });
  expect(rows[3]!.slice(5, 7)).toEqual([8.5, null]);
  expect(rows.at(-1)!.slice(5, 7)).toEqual([8.5, null]);
});
