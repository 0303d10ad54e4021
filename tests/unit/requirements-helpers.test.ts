import { describe, expect, test } from 'vitest';
import { articleAnchor, articleHref, articleName, citation } from '../../src/lib/requirements/article-anchor';
import { chineseNumber } from '../../src/lib/text/chinese-number';
import { CONFIDENCE_MEANING, isReferenceOnly } from '../../src/lib/requirements/confidence';
import { countByAudience, filterRows, isAudience, numberRows } from '../../src/lib/requirements/number-table';
import { formatQuantity } from '../../src/lib/requirements/quantity-format';
import { SOURCE_META } from '../../src/lib/requirements/sources';
import { SOURCES, type Requirement } from '../../src/schemas/requirement';

describe('条号与锚点', () => {
  test('条号原样作锚点，款指向所在的条', () => {
    expect(articleAnchor('第二十条')).toBe('第二十条');
    expect(articleAnchor('第十六条第二款')).toBe('第十六条');
    expect(articleAnchor('第五部分')).toBe('第五部分');
    expect(() => articleAnchor('20条')).toThrow(/无法识别的条号/);
  });

  test('链接指向各文件要点页的条号锚点', () => {
    expect(articleHref('tiaoli', '第二十条')).toBe('/regulations/tiaoli/#第二十条');
    expect(articleHref('zhibu', '第十二条')).toBe('/regulations/zhibu/#第十二条');
    expect(articleHref('guihua2019', null)).toBe('/regulations/guihua-2019-2023/');
  });

  test('引用条号时总是写明是哪部文件', () => {
    expect(citation('tiaoli', '第二十条')).toBe('《党员教育管理工作条例》第二十条');
    expect(citation('zhibu', '第十二条')).toBe('《支部工作条例》第十二条');
    expect(citation('guihua2024', null)).toBe('2024—2028年规划（无条号）');
  });

  test('条序号写成中文数字', () => {
    expect([1, 10, 11, 20, 24, 46].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '二十四', '四十六']);
    expect([5, 12, 23].map(chineseNumber)).toEqual(['五', '十二', '二十三']);
    expect(articleName(30)).toBe('第三十条');
    expect(() => chineseNumber(0)).toThrow(RangeError);
  });
});

describe('来源文件', () => {
  test('每份文件都有全称、简称、原文链接和要点页', () => {
    for (const s of SOURCES) {
      const m = SOURCE_META[s];
      expect(m.title).toMatch(/^《.+》$/);
      expect(m.officialUrl).toMatch(/^https?:\/\//);
      expect(m.digestPath).toMatch(/^\/regulations\/[a-z0-9-]+\/$/);
    }
    expect(SOURCE_META.tiaoli.officialUrl).toContain('12371.cn');
    expect(SOURCE_META.guihua2024.officialUrl).toContain('12371.cn');
  });
});

describe('数字的写法', () => {
  test('按文件的说法写数字', () => {
    expect(formatQuantity({ value: 32, unit: '学时', period: '每年', qualifier: '一般不少于' })).toBe('每年一般不少于32学时');
    expect(formatQuantity({ value: 6, unit: '个月', period: null, qualifier: '以上' })).toBe('6个月以上');
    expect(formatQuantity({ value: 1, unit: '次', period: '每月' })).toBe('每月1次');
    expect(formatQuantity({ value: 1, unit: '次', period: '每季度', qualifier: '一般' })).toBe('一般每季度1次');
    expect(formatQuantity({ value: 6, unit: '个月', period: null, qualifier: '连续' })).toBe('连续6个月');
    expect(formatQuantity({ value: '1/2', unit: '委员', period: null, text: '半数以上委员到会' })).toBe('半数以上委员到会');
  });
});

describe('核实程度', () => {
  test('只有 C 级和未核实是“仅供参考”', () => {
    expect(['A', 'B', 'C', '未核实'].map((c) => isReferenceOnly(c as 'A'))).toEqual([false, false, true, true]);
    expect(CONFIDENCE_MEANING.C).toContain('仅供参考');
    expect(CONFIDENCE_MEANING.未核实).toContain('仅供参考');
  });
});

describe('数字速查表', () => {
  const base = { article: null, title: '某项', summary: '一条用于测试的要求。', sourceUrl: 'https://example.org/' } as const;
  const req = (id: string, source: Requirement['source'], confidence: Requirement['confidence'], audience: Requirement['audience'], withQty = true): Requirement => ({
    ...base,
    id,
    source,
    confidence,
    audience,
    ...(withQty ? { quantity: { value: 1, unit: '次', period: '每年' } } : {}),
    ...(confidence === 'C' || confidence === '未核实' ? { note: '仅供参考的说明。' } : {}),
  });
  const reqs = [
    req('z-b', 'zhibu', 'B', ['党组织']),
    req('g-x', 'guihua2019', '未核实', ['支部书记和委员']),
    req('t-a', 'tiaoli', 'A', ['全体党员', '党组织']),
    req('t-none', 'tiaoli', 'A', ['全体党员'], false),
    req('t-c', 'tiaoli', 'C', ['流动党员']),
  ];

  test('只收有数字的条目；确定的要求在前、参考在后，同级按文件顺序', () => {
    expect(numberRows(reqs).map((r) => r.id)).toEqual(['t-a', 'z-b', 't-c', 'g-x']);
  });

  test('按适用对象筛选；不选即全部', () => {
    const rows = numberRows(reqs);
    expect(filterRows(rows, '党组织').map((r) => r.id)).toEqual(['t-a', 'z-b']);
    expect(filterRows(rows, null)).toHaveLength(4);
    expect(filterRows(rows, '党员领导干部')).toEqual([]);
  });

  test('每个适用对象的条数按固定顺序给出', () => {
    expect(countByAudience(numberRows(reqs))).toEqual([
      { audience: '全体党员', count: 1 },
      { audience: '支部书记和委员', count: 1 },
      { audience: '新党员与发展对象', count: 0 },
      { audience: '流动党员', count: 1 },
      { audience: '党员领导干部', count: 0 },
      { audience: '党组织', count: 2 },
      { audience: '党委（党组）', count: 0 },
    ]);
    expect(isAudience('党组织')).toBe(true);
    expect(isAudience('全部')).toBe(false);
  });
});
