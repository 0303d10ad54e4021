import { describe, expect, test } from 'vitest';
import { ALL_TYPES, countByType, filterSummary, rowVisible } from '../../src/lib/fanwen/filter';

describe('范文按类型筛选', () => {
  test('选“全部”时每行都显示，选某一类型时只显示该类型', () => {
    expect(rowVisible('评估报告', ALL_TYPES)).toBe(true);
    expect(rowVisible('评估报告', '评估报告')).toBe(true);
    expect(rowVisible('检查评估报告', '评估报告')).toBe(false);
  });

  test('筛选结果的提示语', () => {
    expect(filterSummary(6, 6, ALL_TYPES)).toBe('显示全部 6 篇范文。');
    expect(filterSummary(2, 6, '情况汇报')).toBe('显示“情况汇报” 2 篇（共 6 篇）。');
  });

  test('按给定顺序统计每类篇数，没有的类型计 0', () => {
    const counts = countByType(['评估报告', '情况汇报', '评估报告'], ['评估报告', '工作总结', '情况汇报']);
    expect([...counts]).toEqual([
      ['评估报告', 2],
      ['工作总结', 0],
      ['情况汇报', 1],
    ]);
  });
});
