import { expect, test } from 'vitest';
import { compareAssessments, rectificationRows } from '../../src/lib/assessment/compare';
import type { Assessment } from '../../src/lib/assessment/model';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

const base = { ...demoItem, problem: '主题党日开展不经常。', measure: '每月固定主题党日。' };
const checklist = demoChecklist([
  {
    id: 'd',
    title: '日常方式',
    items: [
      { ...base, id: 'plan', title: '年度计划', points: 4, rule: { kind: 'check' }, problem: '计划不完整。', measure: '完善年度计划。' },
      { ...base, id: 'days', title: '主题党日', points: 6, rule: { kind: 'deduct', required: 12, per: 0.5 } },
    ],
  },
]);
const make = (period: string, answers: Assessment['answers']): Assessment => ({
  ...newAssessment({ checklistId: 'demo', checklistVersion: 1, unit: '一支部', period }, 0, period),
  answers,
});
const y2025 = make('2025', { plan: { value: 'partial' }, days: { value: 8 } });
const y2026 = make('2026', { plan: { value: 'done' }, days: { value: 10, note: '7月、8月未开展' } });

test('逐维度、逐指标对比两个年度的得分', () => {
  const c = compareAssessments(checklist, y2025, y2026);
  expect(c.totals).toEqual([600, 900]);
  expect(c.dimensions).toEqual([{ id: 'd', title: '日常方式', a: 600, b: 900, max: 1000 }]);
  expect(c.items.map((i) => [i.id, i.a, i.b])).toEqual([
    ['plan', 200, 400],
    ['days', 400, 500],
  ]);
});

test('整改清单来自失分项，附上单位自己的说明；已填写的内容优先', () => {
  const rows = rectificationRows(checklist, y2026);
  expect(rows).toEqual([
    { itemId: 'days', problem: '主题党日开展不经常。（7月、8月未开展）', measure: '每月固定主题党日。', owner: '', deadline: '', status: '未完成' },
  ]);
  const edited = rectificationRows(checklist, y2026, { days: { owner: '组织委员', measure: '每月第一个周五开展。' } });
  expect(edited[0]).toMatchObject({ owner: '组织委员', measure: '每月第一个周五开展。', problem: '主题党日开展不经常。（7月、8月未开展）' });
});
