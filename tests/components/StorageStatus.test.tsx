import { cleanup, render, screen } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, expect, test, vi } from 'vitest';
import StorageStatus from '../../src/components/islands/StorageStatus';
import { $storageStatus } from '../../src/stores/storage-status';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  cleanStores($storageStatus);
  $storageStatus.set(null);
});

test('浏览器可保存时给出肯定的检测结果', async () => {
  render(<StorageStatus />);
  expect((await screen.findByRole('status')).textContent).toContain('可以在本机保存自评数据');
});

test('浏览器禁止保存时提醒用户及时导出', async () => {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  render(<StorageStatus />);
  expect((await screen.findByRole('status')).textContent).toContain('禁止网页在本机保存数据');
});
