import { expect, test } from 'vitest';
import { exportText } from '../../src/lib/assessment/export-file';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import { sortRows, summarize } from '../../src/lib/assessment/summary';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

const base = demoItem;
const checklist = demoChecklist([
  { id: 'a', title: '计划', items: [{ ...base, id: 'plan', title: '年度计划', points: 4, rule: { kind: 'check' } }] },
  { id: 'b', title: '党日', items: [{ ...base, id: 'days', title: '主题党日', points: 6, rule: { kind: 'deduct', required: 12, per: 0.5 } }] },
]);
const file = (unit: string, plan: 'done' | 'none', days: number) => {
  const a = { ...newAssessment({ checklistId: 'demo', checklistVersion: 1, unit, period: '2026' }, 0, unit), answers: { plan: { value: plan }, days: { value: days } } };
  const text = exportText(a, checklist);
  return { name: `${unit}.json`, text, size: text.length };
};

test('多个支部的文件汇成一张表；坏文件单列原因，其余照常汇总', () => {
  const s = summarize([file('一支部', 'done', 12), { name: '坏.json', text: 'oops', size: 4 }, file('二支部', 'none', 10)], [checklist]);
  expect(s.failures).toEqual([{ file: '坏.json', message: expect.stringContaining('无法按 JSON 格式读取') }]);
  expect(s.tables).toHaveLength(1);
  expect(s.tables[0]!.rows.map((r) => [r.unit, r.dimensions, r.total, r.grade])).toEqual([
    ['一支部', [400, 600], 1000, '合格'],
    ['二支部', [0, 500], 500, '不合格'],
  ]);
});

test('按总分、维度或单位名称排序', () => {
  const rows = summarize([file('一支部', 'none', 12), file('二支部', 'done', 12), file('三支部', 'done', 6)], [checklist]).tables[0]!.rows;
  expect(sortRows(rows, 'total', true).map((r) => r.unit)).toEqual(['二支部', '三支部', '一支部']);
  expect(sortRows(rows, 1, false).map((r) => r.unit)).toEqual(['三支部', '一支部', '二支部']);
});
