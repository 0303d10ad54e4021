import { describe, expect, test } from 'vitest';
import { draftReport, periodText } from '../../src/lib/report/draft';
import { applyEdits } from '../../src/lib/report/edits';
import type { ReportFacts } from '../../src/lib/report/facts';
import type { ReportModel } from '../../src/lib/report/model';
import { paragraphsToText, textToParagraphs } from '../../src/lib/report/text';
import { checklist, empty, high, item, low } from './report-fixtures';

const FULL_FACTS: ReportFacts = {
  members: 52,
  sessions: 12,
  attendance: 560,
  hours: 35.5,
  leaders: '书记参加县委党校轮训5天，两名委员参加街道党工委集中培训',
  highlights: '每月第二周周三晚开设“书记讲堂”',
  date: '2026年12月20日',
};

const headings = (m: ReportModel) => m.sections.map((s) => s.heading).filter(Boolean);
const sectionText = (m: ReportModel, id: string) => paragraphsToText(m.sections.find((s) => s.id === id)?.paragraphs ?? []);
const allText = (m: ReportModel) =>
  [m.title, ...m.sections.flatMap((s) => [s.heading ?? '', paragraphsToText(s.paragraphs)]), m.annexNote, m.signature.unit, m.signature.date].join('\n');
const MARKER = /【待填写：[^】]*】/g;

describe('全部得满分的自评', () => {
  const m = draftReport(checklist, high, FULL_FACTS);
  const text = allText(m);

  test('标题、各部分标题和落款', () => {
    expect(m.title).toBe('第一党支部关于2026年度党员教育培训工作的自查评估报告');
    expect(headings(m)).toEqual(['一、基本情况', '二、主要做法', '三、下一步打算', '四、自评结果']);
    expect(m.signature).toEqual({ unit: '第一党支部', date: '2026年12月20日' });
    expect(m.annexNote).toBe('附件：党支部党员教育培训工作自评表（自评结果）');
  });

  test('没有失分项：不出现空的“存在问题”，写明没有失分项和下一步打算', () => {
    expect(text).not.toContain('存在问题');
    expect(sectionText(m, 'next')).toContain('各项指标均达到评分标准，没有失分项');
    expect(m.sections.find((s) => s.id === 'next')!.paragraphs.length).toBeGreaterThan(1);
  });

  test('用户给出的数字写成句子，不留待填写标记', () => {
    const basic = sectionText(m, 'basic');
    expect(basic).toContain('第一党支部现有党员52名');
    expect(basic).toContain('集中培训12期、560人次');
    expect(basic).toContain('人均参加集中学习培训35.5学时，达到');
    expect(basic).toContain('书记参加县委党校轮训5天');
    expect((text.match(MARKER) ?? []).filter((m) => !m.includes('具体做法'))).toEqual([]);
    expect(text).not.toMatch(/[X×〔]/);
  });

  test('主要做法来自得分好的方面和单位的说明，最后是特色做法', () => {
    const practices = sectionText(m, 'practices');
    expect(practices).toContain('（一）组织领导与工作机制方面。');
    expect(practices).toContain('1月支委会研究制定全年学习计划，逐月列明专题和学时。');
    expect(practices).toContain('书记、委员全年讲党课4次。');
    expect(practices).toMatch(/（五）结合实际的特色做法。每月第二周周三晚开设“书记讲堂”。$/);
  });

  test('自评结果：总分、等次和各方面得分表', () => {
    const result = m.sections.find((s) => s.id === 'result')!;
    expect(paragraphsToText(result.paragraphs)).toContain('自评总分101分，等次为“优秀”');
    expect(result.table!.rows.filter((r) => r.kind === 'cells' && !r.total)).toHaveLength(checklist.dimensions.length);
    expect(m.annex.table.rows.filter((r) => r.kind === 'group')).toHaveLength(checklist.dimensions.length);
  });
});

describe('有失分项的自评', () => {
  const m = draftReport(checklist, low, { members: 30 });
  const problems = sectionText(m, 'problems');
  const measures = sectionText(m, 'measures');

  test('存在问题及原因、改进措施两部分都有', () => {
    expect(headings(m)).toEqual(['一、基本情况', '二、主要做法', '三、存在问题及原因', '四、改进措施', '五、自评结果']);
    expect(problems).toContain('有8项指标失分，合计失23.5分');
  });

  test('按方面分组、按失分多少排列，写出问题和措施原文及单位的说明', () => {
    const order = ['zb-xueshi-dabiao', 'zb-shangji-lunxun', 'zb-zhuti-dangri', 'zb-liudong-dangyuan', 'zb-taizhang', 'zb-chuangxin-lilun', 'zb-zhiweihui-yanjiu', 'zb-niandu-jihua'];
    const at = (text: string, ids: string[], field: 'problem' | 'measure') => ids.map((id) => text.indexOf(item(id)[field]));
    const p = at(problems, order, 'problem');
    const q = at(measures, order, 'measure');
    for (const positions of [p, q]) {
      expect(positions.every((i) => i >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(problems).toContain('（一）集中培训与学时方面\n1.党员年度学时达标率（失4分）。');
    expect(problems).toContain('自查情况：3名党员因外出务工未达到32学时。');
    expect(problems).toContain('自查情况：理论学习以读文件为主。');
    // 组织生活, 分类教育与关怀 and 基础保障与台账 each lost 4 points: the checklist's order decides.
    expect(problems.indexOf('组织生活方面')).toBeLessThan(problems.indexOf('分类教育与关怀方面'));
    expect(problems.indexOf('分类教育与关怀方面')).toBeLessThan(problems.indexOf('基础保障与台账方面'));
  });

  test('给出的事实不标待填写，没给的标明', () => {
    const basic = sectionText(m, 'basic');
    expect(basic).toContain('现有党员30名');
    expect(basic).not.toContain('【待填写：党员人数】');
    for (const label of ['培训期数', '培训人次', '人均学时', '书记、委员参训情况']) expect(basic).toContain(`【待填写：${label}】`);
    expect(m.signature.date).toBe('【待填写：成文日期】');
    expect(sectionText(m, 'practices')).toContain('【待填写：特色做法】');
  });

  test('等次和总分', () => {
    expect(sectionText(m, 'opening')).toContain('自评总分77.5分，等次为“合格”');
  });
});

describe('尚未填写的自评', () => {
  const m = draftReport(checklist, empty, {});
  const text = allText(m);

  test('每项缺少的事实都标明待填写', () => {
    for (const label of ['党员人数', '培训期数', '培训人次', '人均学时', '书记、委员参训情况', '特色做法', '成文日期']) {
      expect(text).toContain(`【待填写：${label}】`);
    }
    expect(m.title).toBe('第三党支部关于2026年度党员教育培训工作的自查评估报告');
  });

  test('不声称没有失分项，也不给出总分和等次', () => {
    expect(text).not.toContain('没有失分项');
    expect(text).not.toContain('等次为');
    expect(sectionText(m, 'problems')).toContain('自评表还有28项指标未作答');
    expect(sectionText(m, 'problems')).toContain('【待填写：存在问题及原因】');
    expect(sectionText(m, 'measures')).toContain('【待填写：改进措施');
    expect(m.sections.find((s) => s.id === 'result')!.table).toBeUndefined();
    expect(m.annex.meta).toContain('自评总分：—');
  });

  test('单位名称也没有时标明待填写', () => {
    const m2 = draftReport(checklist, { ...empty, unit: '' }, {});
    expect(m2.title.startsWith('【待填写：单位名称】关于')).toBe(true);
    expect(m2.fileName).toBe('本单位-2026年度党员教育培训工作自查评估报告');
  });
});

describe('修改和报告期', () => {
  test('修改的内容替换该部分的段落，标题和表格不变', () => {
    const m = applyEdits(draftReport(checklist, low, {}), { basic: '第二党支部现有党员30名。\n\n（一）骨干培训。书记参加轮训。', result: '只写一句。' });
    const basic = m.sections.find((s) => s.id === 'basic')!;
    expect(basic).toMatchObject({ heading: '一、基本情况', edited: true });
    expect(basic.paragraphs).toEqual([{ text: '第二党支部现有党员30名。' }, { lead: { level: 2, text: '（一）骨干培训。' }, text: '书记参加轮训。' }]);
    const result = m.sections.find((s) => s.id === 'result')!;
    expect(result.paragraphs).toEqual([{ text: '只写一句。' }]);
    expect(result.table).toBeDefined();
    expect(m.sections.find((s) => s.id === 'practices')!.edited).toBe(false);
  });

  test('段落与编辑文字可以来回转换而不变', () => {
    const m = draftReport(checklist, low, FULL_FACTS);
    for (const s of m.sections) expect(textToParagraphs(paragraphsToText(s.paragraphs))).toEqual(s.paragraphs.filter((p) => p.text || p.lead));
  });

  test('报告期', () => {
    expect(periodText('2026')).toBe('2026年度');
    expect(periodText('2025年7月至2026年6月')).toBe('2025年7月至2026年6月');
    expect(periodText(' ')).toBe('【待填写：报告期】');
    expect(draftReport(checklist, high, { period: '2026年上半年' }).title).toBe('第一党支部关于2026年上半年党员教育培训工作的自查评估报告');
  });
});
