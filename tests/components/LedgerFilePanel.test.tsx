// 导入台账文件: a passphrase-protected file, a wrong passphrase (nothing stored), the same ledger
// already here (replace / keep both / cancel), and 清除 asking first.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import LedgerFilePanel from '../../src/components/islands/ledger/LedgerFilePanel';
import { ledgerFileText } from '../../src/lib/ledger/ledger-file';
import type { Ledger } from '../../src/schemas/ledger';

afterEach(cleanup);

const ledger: Ledger = {
  meta: { schemaVersion: 1, id: 'l1', unit: '第一党支部', year: 2026, createdAt: 1, updatedAt: 2 },
  members: [{ id: 'm1', name: '王建国', kind: '正式党员', group: '', status: '在职', note: '' }],
  activities: [],
  personalHours: [],
};

const choose = async (text: string) => {
  const input = screen.getByLabelText('选择本站导出的台账文件（.json）') as HTMLInputElement;
  const file = new File([text], '台账.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

test('加密文件：先要密码；密码错误时说明且不保存；密码正确时保存原样的台账', async () => {
  const onImport = vi.fn((_: Ledger) => true);
  render(<LedgerFilePanel ledger={null} hasLedger={() => false} onImport={onImport} onClear={() => {}} />);
  await choose(await ledgerFileText(ledger, new Date(), '芝麻开门'));
  expect((await screen.findByRole('alert')).textContent).toContain('这个台账文件设了密码');

  fireEvent.input(screen.getByLabelText('“台账.json”的密码'), { target: { value: '芝麻关门' } });
  fireEvent.click(screen.getByRole('button', { name: '导入' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('密码不对'), { timeout: 10_000 });
  expect(onImport).not.toHaveBeenCalled();

  fireEvent.input(screen.getByLabelText('“台账.json”的密码'), { target: { value: '芝麻开门' } });
  fireEvent.click(screen.getByRole('button', { name: '导入' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已导入“第一党支部 2026 年度”（名册 1 人，记录 0 条）。'), { timeout: 10_000 });
  expect(onImport).toHaveBeenCalledWith(ledger);
});

test('本机已有同一份台账：询问替换、两份都保留或取消', async () => {
  const onImport = vi.fn((_: Ledger) => true);
  render(<LedgerFilePanel ledger={ledger} hasLedger={(id) => id === 'l1'} onImport={onImport} onClear={() => {}} />);
  await choose(await ledgerFileText(ledger, new Date()));
  await screen.findByRole('alertdialog', { name: '本机已有这份台账' });
  fireEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(onImport).not.toHaveBeenCalled();

  await choose(await ledgerFileText(ledger, new Date()));
  fireEvent.click(await screen.findByRole('button', { name: '两份都保留' }));
  const copy = onImport.mock.calls[0]![0];
  expect(copy.meta.id).not.toBe('l1');
  expect(copy.meta.unit).toBe('第一党支部（导入）');
  expect(copy.members).toEqual(ledger.members);

  await choose(await ledgerFileText(ledger, new Date()));
  fireEvent.click(await screen.findByRole('button', { name: '替换本机的台账' }));
  expect(onImport).toHaveBeenLastCalledWith(ledger);
});

test('选错了文件：说明原因，不保存', async () => {
  const onImport = vi.fn((_: Ledger) => true);
  render(<LedgerFilePanel ledger={null} hasLedger={() => false} onImport={onImport} onClear={() => {}} />);
  await choose(JSON.stringify({ format: 'dyjy-assessment', schemaVersion: 1, assessment: {} }));
  expect((await screen.findByRole('alert')).textContent).toBe('导入失败：这是本站导出的自评文件，不是台账文件。自评文件请在自评表页面导入。本机的台账没有任何改动。');
  expect(onImport).not.toHaveBeenCalled();
});

test('清除本机台账：先确认，可先导出；取消则不清除', () => {
  const onClear = vi.fn();
  render(<LedgerFilePanel ledger={ledger} hasLedger={() => true} onImport={() => true} onClear={onClear} />);
  fireEvent.click(screen.getByRole('button', { name: '清除本机台账' }));
  const dialog = screen.getByRole('alertdialog', { name: '确认清除本机台账' });
  expect(dialog.textContent).toContain('删除后无法恢复');
  expect(screen.getByRole('button', { name: '先导出台账文件' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(onClear).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: '清除本机台账' }));
  fireEvent.click(screen.getByRole('button', { name: '确定清除' }));
  expect(onClear).toHaveBeenCalledTimes(1);
});
