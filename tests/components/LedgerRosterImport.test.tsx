// The roster import preview: bad rows listed with row numbers and reasons; nothing is added until
// the user accepts the good rows.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import RosterImport from '../../src/components/islands/ledger/RosterImport';
import type { Member } from '../../src/schemas/ledger';

afterEach(cleanup);

const existing: Member[] = [{ id: 'a1', name: '刘洋', kind: '正式党员', group: '第二党小组', status: '在职', note: '' }];
// Header + 6 rows; rows 3 (no name), 5 (刘洋 already in 第二党小组) and 7 (2026-02-30) are bad.
const pasted = [
  '姓名\t类别\t党小组\t状态\t支委职务\t转入日期',
  '王建国\t正式党员\t第一党小组\t在职',
  '\t预备党员\t第一党小组\t在职',
  '李秀英\t预备\t第一党小组\t离退休',
  '刘洋\t正式\t第二党小组\t在职',
  '张伟\t正式\t第二党小组\t流动党员',
  '赵敏\t正式\t第二党小组\t在职\t\t2026-02-30',
].join('\n');

const ids = () => {
  let n = 0;
  return () => `n${++n}`;
};

test('粘贴 3 个坏行：预览恰好列出这 3 行的行号和原因；接受后只把好行交给名册', () => {
  const onAccept = vi.fn();
  render(<RosterImport year={2026} existing={existing} onAccept={onAccept} newId={ids()} />);
  fireEvent.input(screen.getByLabelText(/复制后粘贴在这里/), { target: { value: pasted } });
  fireEvent.click(screen.getByRole('button', { name: '检查粘贴的内容' }));

  const bad = within(screen.getByRole('list', { name: '不能导入的行' })).getAllByRole('listitem').map((li) => li.textContent);
  expect(bad).toEqual(['第 3 行：缺少姓名', '第 5 行（刘洋）：名册中“第二党小组”党小组已有“刘洋”', '第 7 行（赵敏）：转入日期“2026-02-30”不是有效的日期（请写成 2026-03-05 这样的形式）']);
  const good = within(screen.getByRole('table', { name: '将要导入的党员' })).getAllByRole('row').slice(1).map((tr) => [...tr.children].slice(0, 5).map((td) => td.textContent));
  expect(good).toEqual([
    ['2', '王建国', '正式党员', '第一党小组', '在职'],
    ['4', '李秀英', '预备党员', '第一党小组', '离退休'],
    ['6', '张伟', '正式党员', '第二党小组', '流动党员'],
  ]);
  expect(onAccept).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole('button', { name: '导入这 3 名党员' }));
  expect(onAccept).toHaveBeenCalledTimes(1);
  expect(onAccept.mock.calls[0]![0].map((m: Member) => [m.id, m.name])).toEqual([
    ['n1', '王建国'],
    ['n2', '李秀英'],
    ['n3', '张伟'],
  ]);
  expect(screen.getByRole('status').textContent).toBe('已把 3 名党员加入名册。');
  expect(screen.queryByRole('list', { name: '不能导入的行' })).toBeNull();
});

test('取消：什么也不导入', () => {
  const onAccept = vi.fn();
  render(<RosterImport year={2026} existing={[]} onAccept={onAccept} newId={ids()} />);
  fireEvent.input(screen.getByLabelText(/复制后粘贴在这里/), { target: { value: '王建国' } });
  fireEvent.click(screen.getByRole('button', { name: '检查粘贴的内容' }));
  fireEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('button', { name: /导入这/ })).toBeNull();
  expect(onAccept).not.toHaveBeenCalled();
});

test('名册拒收时什么也不加，预览留着', () => {
  const onAccept = vi.fn(() => ({ ok: false as const, message: '保存失败：浏览器的本机存储空间已满。' }));
  render(<RosterImport year={2026} existing={[]} onAccept={onAccept} newId={ids()} />);
  fireEvent.input(screen.getByLabelText(/复制后粘贴在这里/), { target: { value: '王建国\t正式\t一组' } });
  fireEvent.click(screen.getByRole('button', { name: '检查粘贴的内容' }));
  fireEvent.click(screen.getByRole('button', { name: '导入这 1 名党员' }));
  expect(screen.getByRole('alert').textContent).toBe('没有导入：保存失败：浏览器的本机存储空间已满。');
  expect(screen.getByRole('button', { name: '导入这 1 名党员' })).toBeTruthy();
});
