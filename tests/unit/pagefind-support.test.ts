import { expect, test } from 'vitest';
import { canRunPagefind } from '../../src/lib/search/pagefind-support';

test('支持多个函数表的 WebAssembly（Node 与新浏览器）可以运行搜索', () => {
  expect(canRunPagefind(WebAssembly)).toBe(true);
});

test('不认可双表模块、没有 WebAssembly 或检测出错时，判断为不能搜索', () => {
  expect(canRunPagefind({ validate: () => false })).toBe(false);
  expect(canRunPagefind(undefined)).toBe(false);
  expect(
    canRunPagefind({
      validate: () => {
        throw new Error('x');
      },
    }),
  ).toBe(false);
});
