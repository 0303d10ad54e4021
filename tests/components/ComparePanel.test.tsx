import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import ComparePanel from '../../src/components/islands/checklist/ComparePanel';
import { $stored, putAssessment } from '../../src/stores/assessments';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  $stored.set({});
  cleanTestStorage();
  vi.unstubAllGlobals();
});

const checklist = demoChecklist([{ id: 'd', title: '维度', items: [{ ...demoItem, id: 'plan', title: '年度计划', points: 10, rule: { kind: 'check' }, problem: '没有年度计划。' }] }]);
const names = [{ id: 'demo', title: '示例自评表' }];

function seed(checklistId = 'demo') {
  const a = { ...newAssessment({ checklistId, checklistVersion: 1, unit: '一支部', period: '2026' }, 1, 'b2026'), answers: { plan: { value: 'none' } } };
  putAssessment(a);
}

test('选中自评后才读取它的自评表，读到后列出整改清单', async () => {
  const fetch = vi.fn(async () => new Response(JSON.stringify(checklist)));
  vi.stubGlobal('fetch', fetch);
  seed();
  render(<ComparePanel checklists={names} />);
  expect(fetch).not.toHaveBeenCalled();
  fireEvent.change(screen.getByLabelText('要整改的自评（通常是今年）'), { target: { value: 'b2026' } });
  expect(screen.getByRole('status').textContent).toBe('正在读取自评表……');
  expect(await screen.findByLabelText('第1项 问题')).toBeTruthy();
  expect((screen.getByLabelText('第1项 问题') as HTMLTextAreaElement).value).toBe('没有年度计划。');
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(fetch).toHaveBeenCalledWith('/data/checklists/demo.json');
});

test('读取失败时说明原因', async () => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })));
  // Another checklist id: what this page has read once it keeps.
  seed('other');
  render(<ComparePanel checklists={[{ id: 'other', title: '另一张表' }]} />);
  fireEvent.change(screen.getByLabelText('要整改的自评（通常是今年）'), { target: { value: 'b2026' } });
  expect((await screen.findByRole('alert')).textContent).toBe('读取自评表数据失败：请检查与网站的连接后刷新页面重试。');
});
