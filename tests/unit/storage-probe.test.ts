import { expect, test } from 'vitest';
import { probeStorage } from '../../src/lib/site/storage-probe';

function memoryStorage(setItem?: () => void): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: setItem ?? ((k, v) => void data.set(k, v)),
  };
}

test('可写的存储：ok，且不留下探测数据', () => {
  const s = memoryStorage();
  expect(probeStorage(() => s)).toBe('ok');
  expect(s.length).toBe(0);
});

test('存储已满：full', () => {
  const quota = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  expect(probeStorage(() => memoryStorage(quota))).toBe('full');
});

test('被禁用（访问即抛错或写入被拒）：unavailable', () => {
  expect(
    probeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }),
  ).toBe('unavailable');
  expect(probeStorage(() => null)).toBe('unavailable');
  const denied = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  expect(probeStorage(() => memoryStorage(denied))).toBe('unavailable');
});
