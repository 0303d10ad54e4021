// The facts a branch secretary relies on, checked against the data. Expectations are written
// from the fact sheet (document, article, number), not from the data's ids or wording.
import { describe, expect, test } from 'vitest';
import type { Requirement, Source } from '../../src/schemas/requirement';
import { loadRequirementFiles, loadRequirements } from './load-requirements';

const all = loadRequirements();

function findOne(source: Source, articleStart: string, pred: (r: Requirement) => boolean): Requirement {
  const hits = all.filter((r) => r.source === source && (r.article ?? '').startsWith(articleStart) && pred(r));
  expect(hits, `${source} ${articleStart} 应有且只有一条符合的条目`).toHaveLength(1);
  return hits[0]!;
}

describe('规定条目数据', () => {
  test('每个文件都能通过结构校验，id 全站唯一，条目数量足够', () => {
    const files = loadRequirementFiles();
    expect(files.map((f) => f.file.split('/').pop())).toEqual(['fazhan.yaml', 'guihua2019.yaml', 'guihua2024.yaml', 'tiaoli.yaml', 'zhibu.yaml']);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((r) => r.quantity).length).toBeGreaterThanOrEqual(20);
  });

  test('C 级和未核实的条目都写了说明', () => {
    const reference = all.filter((r) => r.confidence === 'C' || r.confidence === '未核实');
    expect(reference.length).toBeGreaterThan(0);
    for (const r of reference) expect(r.note, r.id).toMatch(/\S{4,}/);
  });

  test('条例条号都在第一条到第四十六条之间', () => {
    const valid = new Set(Array.from({ length: 46 }, (_, i) => i + 1).map((n) => {
      const d = '零一二三四五六七八九';
      const t = Math.floor(n / 10);
      return `第${t === 0 ? '' : t === 1 ? '十' : d[t] + '十'}${n % 10 ? d[n % 10] : ''}条`;
    }));
    for (const r of all.filter((x) => x.source === 'tiaoli')) {
      expect(valid.has(r.article!.replace(/第[一二三四五六七八九十]+款$/, '')), `${r.id} ${r.article}`).toBe(true);
    }
  });

  test('32学时：《党员教育管理工作条例》第二十条，每年一般不少于，A 级', () => {
    const r = findOne('tiaoli', '第二十条', (x) => x.quantity?.unit === '学时');
    expect(r.article).toBe('第二十条');
    expect(r.quantity).toMatchObject({ value: 32, period: '每年', qualifier: '一般不少于' });
    expect(r.confidence).toBe('A');
    expect(r.audience).toContain('全体党员');
  });

  test('主题党日每月1次：《党员教育管理工作条例》第十六条', () => {
    const r = findOne('tiaoli', '第十六条', (x) => x.summary.includes('主题党日'));
    expect(r.quantity).toMatchObject({ value: 1, unit: '次', period: '每月' });
    expect(r.confidence).toBe('A');
  });

  test('组织生活会每年至少1次：《党员教育管理工作条例》第十七条', () => {
    const r = findOne('tiaoli', '第十七条', (x) => x.summary.includes('组织生活会'));
    expect(r.article).toBe('第十七条');
    expect(r.quantity).toMatchObject({ value: 1, unit: '次', period: '每年', qualifier: '至少' });
    expect(r.confidence).toBe('A');
  });

  test('失去联系6个月以上停止党籍：《党员教育管理工作条例》第二十四条', () => {
    const r = findOne('tiaoli', '第二十四条', (x) => x.summary.includes('失去联系'));
    expect(r.summary).toContain('停止党籍');
    expect(r.quantity).toMatchObject({ value: 6, unit: '个月', qualifier: '以上' });
  });

  test('限期改正不超过1年：《党员教育管理工作条例》第三十条', () => {
    const r = findOne('tiaoli', '第三十条', () => true);
    expect(r.summary).toContain('限期改正');
    expect(r.quantity).toMatchObject({ value: 1, unit: '年', qualifier: '不超过' });
  });

  test('《党员教育管理工作条例》没有规定“三会一课”的次数', () => {
    const sanhui = all.filter((r) => r.source === 'tiaoli' && r.summary.includes('三会一课'));
    expect(sanhui.length).toBeGreaterThan(0);
    for (const r of sanhui) expect(r.quantity, r.id).toBeUndefined();
  });

  test('支委会一般每月1次：《支部工作条例》第十二条，A 级', () => {
    const r = findOne('zhibu', '第十二条', (x) => x.quantity?.period === '每月');
    expect(r.quantity).toMatchObject({ value: 1, unit: '次' });
    expect(r.summary).toContain('支委会');
    expect(r.confidence).toBe('A');
  });

  test('党员大会一般每季度1次：《支部工作条例》第十一条', () => {
    const r = findOne('zhibu', '第十一条', () => true);
    expect(r.summary).toContain('党员大会');
    expect(r.quantity).toMatchObject({ value: 1, unit: '次', period: '每季度' });
    expect(['A', 'B']).toContain(r.confidence);
  });

  test('党委（党组）书记每年至少讲1次党课：出自《支部工作条例》，不是《党员教育管理工作条例》', () => {
    const r = findOne('zhibu', '第十六条', (x) => x.summary.includes('党课') && x.quantity !== undefined);
    expect(r.quantity).toMatchObject({ value: 1, period: '每年', qualifier: '至少' });
    expect(r.audience).toContain('党员领导干部');
    expect(all.filter((x) => x.source === 'tiaoli' && x.summary.includes('讲党课'))).toEqual([]);
  });

  test('发展对象培训不少于3天或24学时：《发展党员工作细则》第十七条，B 级', () => {
    const r = findOne('fazhan', '第十七条', (x) => x.quantity !== undefined);
    expect(r.quantity).toMatchObject({ value: 3, unit: '天' });
    expect(r.quantity!.text).toContain('24学时');
    expect(r.confidence).toBe('B');
    expect(r.audience).toContain('新党员与发展对象');
    expect(all.filter((x) => x.source === 'tiaoli' && x.summary.includes('发展对象'))).toEqual([]);
  });

  test('56学时从不作为要求：只以“未核实”出现并附说明，且不属于条例', () => {
    const mentions = all.filter((r) => r.quantity?.value === 56 || /56/.test(r.summary + (r.quantity?.text ?? '')));
    expect(mentions.length).toBeGreaterThan(0);
    for (const r of mentions) {
      expect(r.confidence, r.id).toBe('未核实');
      expect(r.note, r.id).toContain('条例');
      expect(r.source, r.id).not.toBe('tiaoli');
    }
  });

  test('《支部工作条例》存疑的条号标明了条号的核实程度', () => {
    for (const article of ['第十七条', '第十八条', '第十九条']) {
      const r = findOne('zhibu', article, () => true);
      expect(r.articleConfidence, article).toBe('C');
      expect(r.confidence, article).toBe('B');
    }
    const dangri = findOne('zhibu', '第十六条', (x) => x.summary.includes('主题党日'));
    expect(dangri.articleConfidence).toBe('C');
  });

  test('“核对来源”指向核实程度所依据的页面（按事实核查表的来源）', () => {
    // 条例：共产党员网原文页没有读到，A 级依据的是转载全文；链接指向转载新华社通稿和条例开头的页面。
    for (const r of all.filter((x) => x.source === 'tiaoli')) expect(r.sourceUrl, r.id).toBe('http://sxmm168.com/zh-cn/dangjianxinwen/1711.html');
    const url = (id: string) => all.find((r) => r.id === id)!.sourceUrl;
    expect(url('zhibu-11-dangyuan-dahui')).toBe('http://xgll.com.cn/zt/fzxcyrysf/2021-09/17/content_380854.htm'); // [B1]
    expect(url('zhibu-zhuti-dangri')).toBe('http://101.200.34.145/liebiao.php?mod=viewthread&tid=650315'); // [B11]
    expect(url('zhibu-17-zuzhi-shenghuohui')).toBe('https://miniwenda.com/life/245598.html'); // [B2]
    expect(url('zhibu-18-minzhu-pingyi')).toBe('https://pofan.com.cn/info/1115/4984.html'); // [B6]
    expect(url('zhibu-19-tanxin-tanhua')).toBe('http://www.ty-gm.com/item/143048749696921600'); // [B9]
    expect(url('zhibu-16-dangke')).toBe('https://hlxy.xjmu.edu.cn/info/1096/1408.htm'); // [B12]
    expect(url('fazhan-17-duanqi-peixun')).toBe('https://www.topnews9.com/jxzs/202208/660131.html'); // 第二轮核实：第十七条
  });

  test('转述不添加来源没有的话', () => {
    const summary = (id: string) => all.find((r) => r.id === id)!.summary;
    expect(summary('tiaoli-2-dingwei')).not.toMatch(/一阵子/);
    expect(summary('guihua2024-ganranli')).not.toMatch(/方式方法/);
  });

  test('每年组织集中轮训的是上级党委，不是党支部', () => {
    const lunxun = findOne('tiaoli', '第二十条', (r) => r.title.includes('轮训'));
    expect(lunxun.audience).toContain('党委（党组）');
    expect(lunxun.audience).not.toContain('党组织');
  });
});
