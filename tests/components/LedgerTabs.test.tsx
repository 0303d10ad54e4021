import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import LedgerTabs from '../../src/components/islands/ledger/LedgerTabs';

afterEach(cleanup);

const TABS = [
  ['grid', '年度落实表'],
  ['activities', '活动记录'],
  ['stats', '统计'],
] as const;

function Demo() {
  const [tab, setTab] = useState<(typeof TABS)[number][0]>('grid');
  return <LedgerTabs tabs={TABS} selected={tab} label="台账内容" onSelect={setTab} />;
}

const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);

test('只有选中的标签在 Tab 键顺序中；方向键、Home、End 切换并移动焦点', () => {
  render(<Demo />);
  expect(screen.getByRole('tablist', { name: '台账内容' })).toBeTruthy();
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  const first = screen.getByRole('tab', { name: '年度落实表' });
  first.focus();
  fireEvent.keyDown(first, { key: 'ArrowRight' });
  expect(selected()).toEqual(['活动记录']);
  expect(document.activeElement?.textContent).toBe('活动记录');
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  fireEvent.keyDown(document.activeElement!, { key: 'End' });
  expect(selected()).toEqual(['统计']);
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
  expect(selected()).toEqual(['年度落实表']);
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
  expect(selected()).toEqual(['统计']);
  fireEvent.keyDown(document.activeElement!, { key: 'Home' });
  expect(selected()).toEqual(['年度落实表']);
  expect(document.activeElement?.textContent).toBe('年度落实表');
});

test('其他按键不切换；点击切换', () => {
  render(<Demo />);
  fireEvent.keyDown(screen.getByRole('tab', { name: '年度落实表' }), { key: 'a' });
  expect(selected()).toEqual(['年度落实表']);
  fireEvent.click(screen.getByRole('tab', { name: '统计' }));
  expect(selected()).toEqual(['统计']);
});
