import { describe, expect, test } from 'vitest';
import { formatYear, isFanwenId, requireReportMeta } from '../../src/lib/fanwen/meta';
import { ReportMetaSchema } from '../../src/schemas/report-meta';

const good = {
  title: '范文：示例',
  reportType: '评估报告',
  unitLevel: '街道',
  unit: '××街道党工委',
  year: 2023,
  yearBasis: '据内容推断',
  source: '000_932c6d57e5a15c53.txt（第一篇）',
  modelFor: '用数字写成效',
  edits: ['删去分隔标记。'],
};

describe('范文页面的报告信息', () => {
  test('只有 reports/fanwen-* 是范文页面，范文一览本身不是', () => {
    expect(isFanwenId('reports/fanwen-jiedao-pinggu')).toBe(true);
    expect(isFanwenId('reports/fanwen')).toBe(false);
    expect(isFanwenId('reports/xiezuo-zhiyin')).toBe(false);
    expect(isFanwenId('regulations/fanwen-x')).toBe(false);
  });

  test('集合层面各字段可省略（其他页面没有这些字段）', () => {
    expect(ReportMetaSchema.safeParse({}).success).toBe(true);
    expect(ReportMetaSchema.safeParse({ reportType: '年报' }).success).toBe(false);
  });

  test('范文页面字段齐全时通过', () => {
    expect(requireReportMeta('reports/fanwen-x', good).reportType).toBe('评估报告');
  });

  test('缺字段时报错，并指出页面和每个缺少的字段', () => {
    const { year: _year, source: _source, ...missing } = good;
    expect(() => requireReportMeta('reports/fanwen-x', missing)).toThrow(/reports\/fanwen-x[\s\S]*year[\s\S]*source/);
  });

  test('类型、层级只接受规定的值；来源必须以原始文件名开头；编辑说明不能为空', () => {
    expect(() => requireReportMeta('p', { ...good, reportType: '年度报告' })).toThrow(/reportType/);
    expect(() => requireReportMeta('p', { ...good, unitLevel: '省' })).toThrow(/unitLevel/);
    expect(() => requireReportMeta('p', { ...good, source: '某报告.txt' })).toThrow(/source/);
    expect(() => requireReportMeta('p', { ...good, edits: [] })).toThrow(/edits/);
  });

  test('年份为空当且仅当原文隐去了年份', () => {
    expect(requireReportMeta('p', { ...good, year: null, yearBasis: '原文隐去' }).year).toBeNull();
    expect(() => requireReportMeta('p', { ...good, year: null })).toThrow(/原文隐去/);
    expect(() => requireReportMeta('p', { ...good, yearBasis: '原文隐去' })).toThrow(/原文隐去/);
  });

  test('年份的显示', () => {
    expect(formatYear({ year: 2023, yearBasis: '原文写明' })).toBe('2023年');
    expect(formatYear({ year: 2021, yearBasis: '据内容推断' })).toBe('2021年（据内容推断）');
    expect(formatYear({ year: null, yearBasis: '原文隐去' })).toBe('不详（原文隐去）');
  });
});
