import { describe, expect, test } from 'vitest';
import type { Checklist } from '../../src/schemas/checklist';
import { formatCents, scoreChecklist, scoreItem, validateChecklist, type Answers } from '../../src/lib/scoring';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

// A small checklist with one item of every rule kind; numbers chosen so results are easy to check by hand.
const base = demoItem;
const checklist: Checklist = demoChecklist(
  [
    {
      id: 'a',
      title: '维度一',
      items: [
        { ...base, id: 'plan', title: '年度计划', points: 10, rule: { kind: 'check' } },
        {
          ...base,
          id: 'quality',
          title: '质量',
          points: 20,
          rule: { kind: 'levels', levels: [{ label: '好', points: 20 }, { label: '较好', points: 15 }, { label: '一般', points: 10 }, { label: '差', points: 0 }] },
        },
      ],
    },
    {
      id: 'b',
      title: '维度二',
      items: [
        { ...base, id: 'meetings', title: '支委会', points: 30, rule: { kind: 'deduct', required: 12, per: 0.5 } },
        { ...base, id: 'hours', title: '学时达标率', points: 40, rule: { kind: 'ratio', target: 100, perPercent: 0.2 } },
        { ...base, id: 'extra', title: '创新加分', points: 3, rule: { kind: 'bonus', per: 1 } },
        { ...base, id: 'veto', title: '否决项', points: 0, rule: { kind: 'veto', capGrade: '不合格' } },
      ],
    },
  ],
  {
    total: 100,
    grades: [
      { label: '优秀', min: 90 },
      { label: '良好', min: 80 },
      { label: '合格', min: 60 },
      { label: '不合格', min: 0 },
    ],
  },
);

const item = (id: string) => checklist.dimensions.flatMap((d) => d.items).find((i) => i.id === id)!;

describe('单项计分', () => {
  test('check：完成满分，部分完成一半，未完成 0 分', () => {
    expect(scoreItem(item('plan'), { value: 'done' })).toEqual({ status: 'scored', cents: 1000, max: 1000 });
    expect(scoreItem(item('plan'), { value: 'partial' })).toMatchObject({ cents: 500 });
    expect(scoreItem(item('plan'), { value: 'none' })).toMatchObject({ cents: 0 });
  });
  test('levels：按所选档次给分', () => {
    expect(scoreItem(item('quality'), { value: 1 })).toMatchObject({ cents: 1500 });
    expect(scoreItem(item('quality'), { value: 3 })).toMatchObject({ cents: 0 });
  });
  test('deduct：每少一次扣 0.5 分，扣完为止，多开不加分', () => {
    expect(scoreItem(item('meetings'), { value: 12 })).toMatchObject({ cents: 3000 });
    expect(scoreItem(item('meetings'), { value: 9 })).toMatchObject({ cents: 2850 });
    expect(scoreItem(item('meetings'), { value: 15 })).toMatchObject({ cents: 3000 });
    expect(scoreItem(item('meetings'), { value: 0 })).toMatchObject({ cents: 2400 });
  });
  test('ratio：每低 1 个百分点扣 0.2 分，支持小数百分比，不低于 0', () => {
    expect(scoreItem(item('hours'), { value: 100 })).toMatchObject({ cents: 4000 });
    expect(scoreItem(item('hours'), { value: 87.5 })).toMatchObject({ cents: 3750 });
    expect(scoreItem(item('hours'), { value: 0 })).toMatchObject({ cents: 2000 });
  });
  test('bonus：按项加分，封顶', () => {
    expect(scoreItem(item('extra'), { value: 2 })).toMatchObject({ cents: 200 });
    expect(scoreItem(item('extra'), { value: 3 })).toMatchObject({ cents: 300 });
    expect(scoreItem(item('extra'), { value: 9 })).toMatchObject({ cents: 300 });
  });
  test('未作答与不合法的值都算未作答；不适用单列', () => {
    expect(scoreItem(item('plan'), undefined).status).toBe('unanswered');
    expect(scoreItem(item('quality'), { value: 7 }).status).toBe('unanswered');
    expect(scoreItem(item('hours'), { value: 120 }).status).toBe('unanswered');
    expect(scoreItem(item('plan'), { na: '本年度无此项工作' }).status).toBe('na');
  });
});

describe('总分', () => {
  const all: Answers = { plan: { value: 'done' }, quality: { value: 0 }, meetings: { value: 12 }, hours: { value: 100 } };

  test('全部满分为 100 分、优秀；维度小计正确', () => {
    const s = scoreChecklist(checklist, all);
    expect(s.total).toBe(10000);
    expect(s.grade).toBe('优秀');
    expect(s.dimensions.map((d) => [d.cents, d.max])).toEqual([
      [3000, 3000],
      [7000, 7000],
    ]);
    expect(s.answered).toBe(4);
    expect(s.count).toBe(6);
  });

  test('加分在满分之外累加，封顶', () => {
    const s = scoreChecklist(checklist, { ...all, extra: { value: 5 } });
    expect(s.total).toBe(10300);
    expect(s.bonus).toBe(300);
  });

  test('一票否决把等次压到“不合格”，分数不变', () => {
    const s = scoreChecklist(checklist, { ...all, veto: { value: true } });
    expect(s.total).toBe(10000);
    expect(s.grade).toBe('不合格');
    expect(s.vetoes).toEqual(['veto']);
  });

  test('不适用项移出分母，总分折算到满分', () => {
    // plan (10) N/A, quality 好 (20), meetings 9 次 (28.5), hours 100% (40): 88.5 / 90 × 100 = 98.33
    const s = scoreChecklist(checklist, { ...all, plan: { na: '不涉及' }, meetings: { value: 9 } });
    expect(s.applicableMax).toBe(9000);
    expect(s.raw).toBe(8850);
    expect(s.rescaled).toBe(true);
    expect(s.total).toBe(9833);
    expect(formatCents(s.total!)).toBe('98.33');
  });

  test('全部不适用：没有总分，也没有等次', () => {
    const na: Answers = Object.fromEntries(['plan', 'quality', 'meetings', 'hours'].map((id) => [id, { na: '不涉及' }]));
    const s = scoreChecklist(checklist, na);
    expect(s.total).toBeNull();
    expect(s.grade).toBeNull();
  });

  test('分值为 0 的项目不影响总分', () => {
    expect(scoreChecklist(checklist, { ...all, veto: { value: false } }).total).toBe(10000);
  });

  test('小数相加没有浮点误差', () => {
    const s = scoreChecklist(checklist, { ...all, quality: { value: 1 }, meetings: { value: 11 }, hours: { value: 99.9 } });
    // 10 + 15 + 29.5 + 39.98 = 94.48
    expect(formatCents(s.total!)).toBe('94.48');
  });

  test('考核分单独一列，与自评分并列', () => {
    const s = scoreChecklist(checklist, { ...all, plan: { value: 'done', review: 8 }, quality: { value: 0, review: 18.5 } });
    expect(s.total).toBe(10000);
    expect(s.reviewTotal).toBe(2650);
    expect(s.reviewed).toBe(2);
  });

  test('性质：任意作答，总分在 0 与满分加加分上限之间', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values: Record<string, () => unknown> = {
      plan: () => ['done', 'partial', 'none'][Math.floor(rnd() * 3)],
      quality: () => Math.floor(rnd() * 4),
      meetings: () => Math.floor(rnd() * 20),
      hours: () => Math.round(rnd() * 10000) / 100,
      extra: () => Math.floor(rnd() * 10),
      veto: () => rnd() < 0.2,
    };
    for (let i = 0; i < 2000; i++) {
      const answers: Answers = {};
      for (const [id, gen] of Object.entries(values)) {
        const r = rnd();
        if (r < 0.15) answers[id] = { na: '不涉及' };
        else if (r < 0.9) answers[id] = { value: gen() as never };
      }
      const s = scoreChecklist(checklist, answers);
      if (s.total === null) continue;
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThanOrEqual(10300);
      expect(Number.isInteger(s.total)).toBe(true);
    }
  });
});

describe('自评表校验', () => {
  test('合格的自评表没有问题', () => {
    expect(validateChecklist(checklist, new Set())).toEqual([]);
  });
  test('指出重复 id、分值不符、未知依据、否决等次不存在', () => {
    const broken = structuredClone(checklist);
    broken.dimensions[0]!.items[1]!.id = 'plan';
    broken.dimensions[1]!.items[0]!.points = 25;
    broken.dimensions[1]!.items[0]!.basis = ['no-such-rule'];
    broken.dimensions[1]!.items[3]!.rule = { kind: 'veto', capGrade: '较差' };
    const problems = validateChecklist(broken, new Set(['tiaoli-20-xueshi']));
    expect(problems).toContain('指标 plan（质量）：id 重复');
    expect(problems).toContain('指标 meetings（支委会）：依据 no-such-rule 不是已知的要求 id');
    expect(problems).toContain('指标 veto（否决项）：否决后的等次“较差”不在等次表中');
    expect(problems).toContain('各指标分值合计 95 分，与满分 100 分不一致');
  });
});
