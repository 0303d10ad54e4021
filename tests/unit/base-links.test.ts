import { expect, test } from 'vitest';
import { withBase } from '../../src/lib/site/base-links';

test('部署在子路径时给站内链接加上前缀', () => {
  expect(withBase('/about/', '/')).toBe('/about/');
  expect(withBase('/about/', '/dyjy/')).toBe('/dyjy/about/');
  expect(withBase('/dyjy/about/', '/dyjy/')).toBe('/dyjy/about/');
  expect(withBase('https://www.12371.cn/', '/dyjy/')).toBe('https://www.12371.cn/');
  expect(withBase('//cdn.example/x', '/dyjy/')).toBe('//cdn.example/x');
  expect(withBase('#第二十条', '/dyjy/')).toBe('#第二十条');
});
