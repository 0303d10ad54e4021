// The rounding policy, checked against sums worked out by hand:
// each item's score is rounded half up to 0.01 on the score; dimension sums add the shown item
// scores; a total re-scaled for N/A items is rounded once, at the end.
import { describe, expect, test } from 'vitest';
import { itemRows } from '../../src/lib/assessment/item-rows';
import { resultRows } from '../../src/lib/assessment/result-table';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import { formatCents } from '../../src/lib/scoring/cents';
import { scoreItem } from '../../src/lib/scoring/item-score';
import { scoreChecklist } from '../../src/lib/scoring/score-checklist';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

// 谈心谈话覆盖率 as in the 党支部 checklist: 3 分, 100% for full marks, 0.05 per point below.
const talks = { ...demoItem, id: 'talks', title: '谈心谈话覆盖率', points: 3, rule: { kind: 'ratio', target: 100, perPercent: 0.05 } };
const checklist = demoChecklist([
  { id: 'a', title: '组织生活', items: [talks, { ...demoItem, id: 'plan', title: '年度计划', points: 4, rule: { kind: 'check' } }] },
  { id: 'b', title: '培训', items: [{ ...demoItem, id: 'class', title: '专题培训', points: 3, rule: { kind: 'check' } }] },
]);
const item = checklist.dimensions[0]!.items[0]!;

describe('每项得分在得分上四舍五入到 0.01', () => {
  test('77.5%：扣 22.5 × 0.05 = 1.125 分，得 3 − 1.125 = 1.875，记 1.88', () => {
    expect(scoreItem(item, { value: 77.5 })).toMatchObject({ status: 'scored', cents: 188 });
  });
  test('77.3%：扣 22.7 × 0.05 = 1.135 分，得 1.865，记 1.87（不是 1.86）', () => {
    expect(scoreItem(item, { value: 77.3 })).toMatchObject({ cents: 187 });
  });
  test('77.4%：扣 1.13 分，得 1.87；不需要取舍时照实记', () => {
    expect(scoreItem(item, { value: 77.4 })).toMatchObject({ cents: 187 });
  });
});

describe('小计是所记各项得分之和，折算后的总分只在最后取舍一次', () => {
  // 年度计划 N/A: the applicable points are 3 + 3 = 6 of the full 10.
  // 谈心谈话 77.5% → 1.88; 专题培训 partly done → 1.5. Raw sum 3.38.
  // Re-scaled: 3.38 × 10 / 6 = 5.6333… → 5.63 (one rounding, at the end).
  // (The old rule rounded the deduction, showing 1.87 and a total of 3.37 × 10 / 6 → 5.62.)
  const a = {
    ...newAssessment({ checklistId: 'demo', checklistVersion: 1, unit: '一支部', period: '2026' }, 0, 'x'),
    answers: { talks: { value: 77.5 }, plan: { na: '本年度由上级统一制定' }, class: { value: 'partial' } },
  };

  test('屏幕上的分数', () => {
    const s = scoreChecklist(checklist, a.answers);
    expect(s.dimensions.map((d) => formatCents(d.cents))).toEqual(['1.88', '1.5']);
    expect(formatCents(s.raw)).toBe('3.38');
    expect(s.rescaled).toBe(true);
    expect(formatCents(s.total!)).toBe('5.63');
  });

  test('打印、Excel 与屏幕一致：各项所记得分加起来等于小计', () => {
    const { dimensions } = itemRows(checklist, a);
    expect(dimensions[0]!.rows.map((r) => r.selfText)).toEqual(['1.88', '不适用：本年度由上级统一制定']);
    const rows = resultRows(checklist, a);
    expect(rows.filter((r) => r[1] === '小计').map((r) => r[5])).toEqual([1.88, 1.5]);
    expect(rows.at(-1)![5]).toBe(5.63);
  });
});
