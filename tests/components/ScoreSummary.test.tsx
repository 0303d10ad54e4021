import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { DimensionScores } from '../../src/components/islands/checklist/ScoreSummary';
import { scoreChecklist } from '../../src/lib/scoring/score-checklist';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

afterEach(cleanup);

const checklist = demoChecklist([
  { id: 'a', title: '组织领导', items: [{ ...demoItem, id: 'plan', title: '年度计划', points: 4, rule: { kind: 'check' } }] },
  { id: 'b', title: '培训实施', items: [{ ...demoItem, id: 'class', title: '专题培训', points: 6, rule: { kind: 'check' } }] },
]);
const cells = (dimension: string) => [...screen.getByRole('rowheader', { name: dimension }).parentElement!.querySelectorAll('td')].map((td) => td.textContent);

test('考核分：没有人打分的维度显示“—”，打过分的显示分数', () => {
  const score = scoreChecklist(checklist, { plan: { value: 'done', review: 3.5 }, class: { value: 'partial' } });
  render(<DimensionScores checklist={checklist} score={score} />);
  // 自评分、适用分值、考核分、已答
  expect(cells('组织领导')).toEqual(['4', '4', '3.5', '1/1']);
  expect(cells('培训实施')).toEqual(['3', '6', '—', '1/1']);
});
