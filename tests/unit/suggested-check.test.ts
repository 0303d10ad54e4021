// The 建议口径 rule over the shipped checklists, and on fixtures that break it: every count, step,
// bonus or veto cap that no A/B requirement states is named in the item's 建议口径 statement.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checklistSourceProblems, unstatedNumbers } from '../../src/lib/scoring/suggested-check';
import { ChecklistSchema, ItemSchema, type Checklist, type Item } from '../../src/schemas/checklist';
import { requirementMap } from './load-guide-data';

const reqs = requirementMap();
const shipped = readdirSync('content/checklists')
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => ChecklistSchema.parse(parse(readFileSync(`content/checklists/${n}`, 'utf8'))));
const itemsOf = (c: Checklist): Item[] => c.dimensions.flatMap((d) => d.items);
const find = (id: string): Item => {
  const item = shipped.flatMap(itemsOf).find((i) => i.id === id);
  if (!item) throw new Error(`没有指标 ${id}`);
  return item;
};

describe('发布的三张自评表', () => {
  test.each(shipped.map((c) => [c.id, c] as const))('%s：没有缺少建议口径说明的数字', (_id, c) => {
    expect(checklistSourceProblems(c, reqs)).toEqual([]);
  });

  test('次数有规定依据的只要求说明扣分步长；次数没有依据的还要说明次数', () => {
    // 党员大会：第十一条每季度1次 → 全年4次有依据，扣1分是设计。
    expect(unstatedNumbers(find('zb-dangyuan-dahui'), reqs)).toEqual(['扣1分']);
    // 支委会每月1次 → 12次；主题党日每月1次 → 12次；党委书记每年至少1次党课 → 1次。
    expect(unstatedNumbers(find('zb-zhiweihui'), reqs)).toEqual(['扣0.5分']);
    expect(unstatedNumbers(find('zb-zhuti-dangri'), reqs)).toEqual(['扣0.5分']);
    expect(unstatedNumbers(find('dw-shuji-dangke'), reqs)).toEqual(['扣3分']);
    // 党课4次没有 A、B 级依据（只有未核实的参考条目）。
    expect(unstatedNumbers(find('zb-dangke'), reqs)).toEqual(['4次', '扣0.75分']);
    expect(unstatedNumbers(find('zb-zhiweihui-yanjiu'), reqs)).toEqual(['2次', '扣1.5分']);
    // 到会率80%是门槛本身；100%的达标率只说明步长。
    expect(unstatedNumbers(find('zb-daohui-lv'), reqs)).toEqual(['80%', '扣0.1分']);
    expect(unstatedNumbers(find('zb-tanxin-tanhua'), reqs)).toEqual(['扣0.05分']);
    expect(unstatedNumbers(find('zb-foujue-zuzhi-shenghuo'), reqs)).toEqual(['不合格']);
    expect(unstatedNumbers(find('zb-jiafen-chuangxin'), reqs)).toEqual(['加1分', '最多加3分']);
    expect(unstatedNumbers(find('zb-minzhu-pingyi'), reqs)).toEqual([]);
  });

  test('党课次数的建议口径说明写明来历，未核实的条目放在参考里', () => {
    const dangke = find('zb-dangke');
    expect(dangke.suggested).toMatch(/^建议口径：.*全年4次.*扣0\.75分/);
    expect(dangke.reference).toEqual(['zhibu-dangke-pinci']);
    expect(reqs.get('zhibu-dangke-pinci')!.confidence).toBe('未核实');
    expect(dangke.standard).not.toMatch(/应组织党员上党课/);
  });

  test('一票否决项保留，但“定为不合格”写明是本表的建议口径', () => {
    expect(find('zb-foujue-zuzhi-shenghuo').suggested).toMatch(/^建议口径：.*不合格.*本表的设计.*警示项/);
  });
});

describe('规则本身：破坏它的自评表通不过', () => {
  const base = {
    title: '测试指标',
    standard: '测试用的评分标准',
    evidence: ['记录'],
    method: ['查阅资料'],
    problem: '测试用的问题描述',
    measure: '测试用的改进措施',
  };
  const item = (over: object) => ItemSchema.parse({ id: 'x', points: 4, basis: ['zhibu-11-dangyuan-dahui'], ...base, ...over });
  const checklist = (items: Item[], description = '本表分值和等次是建议口径，可按本地口径调整。'): Checklist =>
    ChecklistSchema.parse({
      id: 'fixture',
      title: '测试自评表',
      version: 1,
      total: 100,
      unitKind: '党支部',
      description,
      grades: [
        { label: '合格', min: 60 },
        { label: '不合格', min: 0 },
      ],
      dimensions: [{ id: 'd', title: '维度', items }],
    });

  test('每少1次扣分却没有建议口径说明：构建报错并指出指标和扣分步长', () => {
    const problems = checklistSourceProblems(checklist([item({ rule: { kind: 'deduct', required: 4, per: 1 } })]), reqs);
    expect(problems).toEqual(['指标 x（测试指标）：扣1分 没有 A、B 级规定依据，要写 suggested（建议口径）说明']);
  });

  test('说明写了，但漏写没有依据的次数', () => {
    const c = checklist([
      item({ rule: { kind: 'deduct', required: 6, per: 1 }, suggested: '建议口径：“每少1次扣1分”是本表的设计。' }),
    ]);
    expect(checklistSourceProblems(c, reqs)).toEqual(['指标 x（测试指标）：建议口径说明没有写到 6次']);
  });

  test('次数来自 C 级或未核实条目时不算有依据', () => {
    const weak = item({ rule: { kind: 'deduct', required: 4, per: 0.75 }, basis: ['tiaoli-16-sanhui-yike'], reference: ['zhibu-dangke-pinci'] });
    expect(unstatedNumbers(weak, reqs)).toEqual(['4次', '扣0.75分']);
  });

  test('否决项、加分项、低于100%的比例都要说明', () => {
    const c = checklist([
      item({ id: 'v', points: 0, rule: { kind: 'veto', capGrade: '不合格' } }),
      item({ id: 'b', points: 3, rule: { kind: 'bonus', per: 1 } }),
      item({ id: 'r', rule: { kind: 'ratio', target: 80, perPercent: 0.1 }, suggested: '建议口径：每低1个百分点扣0.1分。' }),
    ]);
    expect(checklistSourceProblems(c, reqs)).toEqual([
      '指标 v（测试指标）：不合格 没有 A、B 级规定依据，要写 suggested（建议口径）说明',
      '指标 b（测试指标）：加1分、最多加3分 没有 A、B 级规定依据，要写 suggested（建议口径）说明',
      '指标 r（测试指标）：建议口径说明没有写到 80%',
    ]);
  });

  test('依据放了未核实条目、参考放了 A 级条目、说明没写等次是建议口径', () => {
    const c = checklist(
      [item({ rule: { kind: 'check' }, basis: ['zhibu-dangke-pinci'], reference: ['tiaoli-20-xueshi'] })],
      '本表用于党支部自评，按本地要求填写。',
    );
    expect(checklistSourceProblems(c, reqs)).toEqual([
      '说明（description）要写明等次划分和分值是建议口径',
      '指标 x（测试指标）：依据 zhibu-dangke-pinci 的核实程度是 未核实，只能放进 reference 作参考',
      '指标 x（测试指标）：reference 只放 C 级或未核实的条目；tiaoli-20-xueshi 是 A 级，应放进 basis',
    ]);
  });

  test('建议口径说明必须以“建议口径：”开头', () => {
    expect(ItemSchema.safeParse({ id: 'x', points: 4, rule: { kind: 'check' }, ...base, suggested: '扣分步长可调整' }).success).toBe(false);
  });
});
