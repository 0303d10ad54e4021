import { expect, test } from 'vitest';
import { pageType } from '../../src/lib/site/page-type';

test('按栏目给页面分类，供搜索筛选', () => {
  expect(pageType('regulations/tiaoli')).toBe('法规');
  expect(pageType('regulations/shuzi')).toBe('法规');
  expect(pageType('regulations/guihua-2024-2028')).toBe('规划');
  expect(pageType('regulations/guihua-duibi')).toBe('规划');
  expect(pageType('checklists/zhibu-ziping')).toBe('自评');
  expect(pageType('reports/fanwen-jiedao-pinggu')).toBe('范文');
  expect(pageType('reports/xiezuo-zhiyin')).toBe('指南');
  expect(pageType('guide/sanhui-yike')).toBe('指南');
  expect(pageType('')).toBe('指南');
});
