import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { ChecklistSchema, type Checklist, type Item } from '../../src/schemas/checklist';
import {
  formatCents,
  mulDiv,
  scoreChecklist,
  scoreItem,
  toCents,
  validateChecklist,
  type AnswerValue,
  type Answers,
} from '../../src/lib/scoring';

// The checklists as shipped: content/checklists/*.yaml, checked against content/requirements/*.yaml.
const CHECKLISTS_DIR = 'content/checklists';
const REQUIREMENTS_DIR = 'content/requirements';

function loadConfidences(): Map<string, string> {
  const confidences = new Map<string, string>();
  for (const name of readdirSync(REQUIREMENTS_DIR).filter((n) => n.endsWith('.yaml'))) {
    const data = parseYaml(readFileSync(`${REQUIREMENTS_DIR}/${name}`, 'utf8')) as {
      requirements: { id: string; confidence: string }[];
    };
    for (const r of data.requirements) confidences.set(r.id, r.confidence);
  }
  return confidences;
}

const files = readdirSync(CHECKLISTS_DIR)
  .filter((n) => n.endsWith('.yaml'))
  .sort();
const texts = new Map(files.map((f) => [f, readFileSync(`${CHECKLISTS_DIR}/${f}`, 'utf8')]));
const checklists = new Map(files.map((f) => [f, ChecklistSchema.parse(parseYaml(texts.get(f)!))]));
const confidences = loadConfidences();

const itemsOf = (c: Checklist): Item[] => c.dimensions.flatMap((d) => d.items);
const isRegular = (i: Item) => i.rule.kind !== 'bonus' && i.rule.kind !== 'veto';
const pts = (p: number) => `${formatCents(toCents(p))}分`;

/** The answer a fully compliant unit gives. */
function bestValue(item: Item): AnswerValue {
  const r = item.rule;
  switch (r.kind) {
    case 'check':
      return 'done';
    case 'levels':
      return r.levels.findIndex((l) => toCents(l.points) === toCents(item.points));
    case 'deduct':
      return r.required;
    case 'ratio':
      return 100;
    case 'bonus':
      return 0;
    case 'veto':
      return false;
  }
}
const bestAnswers = (c: Checklist): Answers =>
  Object.fromEntries(itemsOf(c).map((i) => [i.id, { value: bestValue(i) }]));

const get = (name: string) => {
  const c = checklists.get(name);
  if (!c) throw new Error(`缺少自评表 ${name}`);
  return c;
};
const find = (c: Checklist, id: string) => {
  const item = itemsOf(c).find((i) => i.id === id);
  if (!item) throw new Error(`${c.id} 中没有指标 ${id}`);
  return item;
};

test('三张自评表都在', () => {
  expect(files).toEqual(['dangwei-pinggu.yaml', 'guihua-jiancha.yaml', 'zhibu-ziping.yaml']);
  expect(confidences.size).toBeGreaterThan(50);
});

describe.each(files)('%s', (file) => {
  const checklist = get(file);
  const items = itemsOf(checklist);

  test('id 与文件名一致，满分100，校验没有问题', () => {
    expect(checklist.id).toBe(file.replace(/\.yaml$/, ''));
    expect(checklist.total).toBe(100);
    expect(validateChecklist(checklist, new Set(confidences.keys()))).toEqual([]);
  });

  test('等次为优秀90、良好80、合格60、不合格，说明中写明是建议口径', () => {
    expect(checklist.grades.map((g) => [g.label, g.min])).toEqual([
      ['优秀', 90],
      ['良好', 80],
      ['合格', 60],
      ['不合格', 0],
    ]);
    expect(checklist.description).toContain('建议口径');
  });

  test('每条依据都是核实程度 A 或 B 的要求', () => {
    const weak = items.flatMap((i) =>
      i.basis.filter((id) => !['A', 'B'].includes(confidences.get(id) ?? '')).map((id) => `${i.id} → ${id}`),
    );
    expect(weak).toEqual([]);
    // Every scored item names at least one basis.
    expect(items.filter((i) => i.rule.kind !== 'bonus' && i.basis.length === 0).map((i) => i.id)).toEqual([]);
  });

  test('标了参考口径的都写明“建议口径”', () => {
    const unmarked = items.filter((i) => i.suggested !== undefined && !i.suggested.includes('建议口径'));
    expect(unmarked.map((i) => i.id)).toEqual([]);
  });

  test('评分标准里的数字与计分规则一致', () => {
    for (const item of items) {
      const { rule, standard } = item;
      const at = `${item.id}：${standard}`;
      switch (rule.kind) {
        case 'deduct':
          expect(standard, at).toContain(`${rule.required}${rule.unit}`);
          expect(standard, at).toContain(`扣${pts(rule.per)}`);
          break;
        case 'ratio':
          expect(standard, at).toContain(`${rule.target}%`);
          expect(standard, at).toContain(`每低1个百分点扣${pts(rule.perPercent)}`);
          break;
        case 'levels':
          for (const level of rule.levels) expect(standard, at).toContain(`得${pts(level.points)}`);
          break;
        case 'check': {
          const partial = mulDiv(toCents(item.points), toCents(rule.partialRatio), 100);
          expect(standard, at).toContain(`得${pts(item.points)}`);
          expect(standard, at).toContain(`得${formatCents(partial)}分`);
          expect(standard, at).toContain('得0分');
          break;
        }
        case 'bonus':
          expect(standard, at).toContain(`最多加${pts(item.points)}`);
          break;
        case 'veto':
          expect(standard, at).toContain(rule.capGrade);
          break;
      }
    }
  });

  test('每项有2至5条佐证材料，问题和措施是完整的句子', () => {
    for (const item of items) {
      expect(item.evidence.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.evidence.length, item.id).toBeLessThanOrEqual(5);
      expect(item.problem, item.id).toMatch(/^[^\s].{15,}。$/);
      expect(item.measure, item.id).toMatch(/^[^\s].{15,}。$/);
      // Folded YAML would leave ASCII spaces between Chinese characters.
      for (const text of [item.standard, item.problem, item.measure, item.suggested ?? '']) {
        expect(text, item.id).not.toMatch(/[\u4e00-\u9fff，。；、）] |\s[\u4e00-\u9fff，。；（]/);
      }
    }
  });

  test('没有未完成的标记', () => {
    expect(texts.get(file)).not.toMatch(/TODO|FIXME|占位|待补充/);
  });

  test('全部达标：100分、优秀', () => {
    const s = scoreChecklist(checklist, bestAnswers(checklist));
    expect(s.total).toBe(10000);
    expect(s.grade).toBe('优秀');
    expect(s.answered).toBe(items.length);
  });
});

describe('党支部自评表', () => {
  const c = get('zhibu-ziping.yaml');
  const best = bestAnswers(c);

  test('6个一级指标、至少23个计分指标，另有一票否决项和加分项', () => {
    expect(c.unitKind).toBe('党支部');
    expect(c.dimensions).toHaveLength(6);
    expect(itemsOf(c).filter(isRegular).length).toBeGreaterThanOrEqual(23);
    expect(itemsOf(c).filter((i) => i.rule.kind === 'veto')).toHaveLength(1);
    expect(find(c, 'zb-jiafen-chuangxin').rule).toEqual({ kind: 'bonus', per: 1, unit: '项' });
  });

  test('次数和步长属于建议值的指标都标了建议口径', () => {
    for (const id of ['zb-zhiweihui-yanjiu', 'zb-daohui-lv', 'zb-tanxin-tanhua', 'zb-dangke', 'zb-xueshi-dabiao']) {
      expect(find(c, id).suggested, id).toContain('建议口径');
    }
    expect(find(c, 'zb-zhiweihui-yanjiu').rule).toMatchObject({ kind: 'deduct', required: 2 });
    expect(find(c, 'zb-daohui-lv').rule).toMatchObject({ kind: 'ratio', target: 80 });
  });

  test('党员大会每季度1次：全年开3次扣1分', () => {
    expect(find(c, 'zb-dangyuan-dahui').rule).toMatchObject({ kind: 'deduct', required: 4, per: 1 });
    expect(scoreChecklist(c, { ...best, 'zb-dangyuan-dahui': { value: 3 } }).total).toBe(9900);
  });

  test('主题党日少开3次：按“每少1次扣0.5分”扣1.5分，得98.5分', () => {
    const item = find(c, 'zb-zhuti-dangri');
    expect(item.standard).toContain('全年应开展12次，每少1次扣0.5分');
    expect(scoreItem(item, { value: 9 })).toMatchObject({ cents: toCents(item.points) - 150 });
    const s = scoreChecklist(c, { ...best, 'zb-zhuti-dangri': { value: 9 } });
    expect(formatCents(s.total!)).toBe('98.5');
    expect(s.grade).toBe('优秀');
  });

  test('学时达标率90%：每低1个百分点扣0.2分，扣2分', () => {
    const s = scoreChecklist(c, { ...best, 'zb-xueshi-dabiao': { value: 90 } });
    expect(s.total).toBe(9800);
  });

  test('一票否决：分数不变，等次为不合格', () => {
    const s = scoreChecklist(c, { ...best, 'zb-foujue-zuzhi-shenghuo': { value: true } });
    expect(s.total).toBe(10000);
    expect(s.grade).toBe('不合格');
    expect(s.vetoes).toEqual(['zb-foujue-zuzhi-shenghuo']);
  });

  test('加分在100分之外，最多3分', () => {
    expect(scoreChecklist(c, { ...best, 'zb-jiafen-chuangxin': { value: 5 } }).total).toBe(10300);
  });

  test('没有党小组、不设支委会时选不适用，总分折算到100分', () => {
    const s = scoreChecklist(c, { ...best, 'zb-dangxiaozu-hui': { na: '未划分党小组' }, 'zb-zhiweihui': { na: '不设支委会' } });
    expect(s.applicableMax).toBe(9400);
    expect(s.rescaled).toBe(true);
    expect(s.total).toBe(10000);
  });

  test('常见情况逐项按评分标准扣分：87.4分、良好', () => {
    // 党员大会3次 −1；支委会10次 −1；党小组会10次 −1；党课2次 −1.5；主题党日10次 −1；到会率75% −0.5；
    // 学时达标率92% −1.6；谈心谈话覆盖80% −1；组织生活会缺一个环节 −1；民主评议一处不规范 −1；在线学习没有督学 −2。
    const s = scoreChecklist(c, {
      ...best,
      'zb-dangyuan-dahui': { value: 3 },
      'zb-zhiweihui': { value: 10 },
      'zb-dangxiaozu-hui': { value: 10 },
      'zb-dangke': { value: 2 },
      'zb-zhuti-dangri': { value: 10 },
      'zb-daohui-lv': { value: 75 },
      'zb-xueshi-dabiao': { value: 92 },
      'zb-tanxin-tanhua': { value: 80 },
      'zb-zuzhi-shenghuohui': { value: 1 },
      'zb-minzhu-pingyi': { value: 1 },
      'zb-zaixian-xuexi': { value: 1 },
    });
    expect(formatCents(s.total!)).toBe('87.4');
    expect(s.grade).toBe('良好');
  });

  test('谈心谈话按三类谈话计覆盖面，不只算与支委谈过话的党员', () => {
    const standard = find(c, 'zb-tanxin-tanhua').standard;
    expect(standard).toMatch(/支委之间、支委和党员之间、党员之间的谈话都算/);
    expect(standard).not.toMatch(/与支委谈过话/);
  });

  test('加分项的依据是规划的工作原则（守正创新），加分幅度标为建议口径', () => {
    const bonus = find(c, 'zb-jiafen-chuangxin');
    expect(bonus.basis).toEqual(['guihua2024-1-yuanze']);
    expect(bonus.suggested).toMatch(/^建议口径：.*每项加1分、最多加3分/);
  });

  test('扣完为止：主题党日全年一次没开得0分，不出现负分', () => {
    const s = scoreChecklist(c, { ...best, 'zb-zhuti-dangri': { value: 0 } });
    expect(s.total).toBe(9500);
  });
});

describe('基层党委评估表', () => {
  const c = get('dangwei-pinggu.yaml');

  test('7个一级指标，15至25个指标', () => {
    expect(c.unitKind).toBe('基层党委（党工委）');
    expect(c.dimensions.map((d) => d.title)).toEqual([
      '组织领导与责任',
      '计划与制度',
      '分层分类培训',
      '学时与覆盖',
      '方式与平台',
      '师资阵地经费',
      '考核评估与成果转化',
    ]);
    const n = itemsOf(c).length;
    expect(n).toBeGreaterThanOrEqual(15);
    expect(n).toBeLessThanOrEqual(25);
  });

  test('党委书记全年没讲党课扣3分', () => {
    const s = scoreChecklist(c, { ...bestAnswers(c), 'dw-shuji-dangke': { value: 0 } });
    expect(s.total).toBe(9700);
  });
});

describe('规划贯彻落实检查评估表', () => {
  const c = get('guihua-jiancha.yaml');

  test('8个一级指标，12至20个指标', () => {
    expect(c.unitKind).toBe('党委（党组）');
    expect(c.dimensions).toHaveLength(8);
    const n = itemsOf(c).length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(20);
  });

  test('规划层面的依据只用核实程度 A/B 的条目，规划未核实的口径都标了建议口径', () => {
    const planBasis = itemsOf(c).flatMap((i) => i.basis.filter((id) => id.startsWith('guihua')));
    expect(planBasis.every((id) => id.startsWith('guihua2024-'))).toBe(true);
    for (const id of ['gh-shishi-fangan', 'gh-shuji-peixun', 'gh-jiancha-pinggu']) {
      expect(find(c, id).suggested, id).toContain('建议口径');
    }
  });
});
