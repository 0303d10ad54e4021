// The real 党支部自评表 and three assessments of it: full marks, several items lost, nothing filled.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { ChecklistSchema, type Checklist, type Item } from '../../src/schemas/checklist';
import type { Assessment } from '../../src/lib/assessment/model';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import type { Answer, AnswerValue, Answers } from '../../src/lib/scoring/answer';

export const checklist: Checklist = ChecklistSchema.parse(parseYaml(readFileSync('content/checklists/zhibu-ziping.yaml', 'utf8')));
export const items = checklist.dimensions.flatMap((d) => d.items);
export const item = (id: string): Item => items.find((i) => i.id === id)!;

function fullMarks(i: Item): AnswerValue {
  const r = i.rule;
  switch (r.kind) {
    case 'check':
      return 'done';
    case 'levels':
      return r.levels.findIndex((l) => l.points === i.points);
    case 'deduct':
      return r.required;
    case 'ratio':
      return 100;
    case 'bonus':
      return 1;
    case 'veto':
      return false;
  }
}

const assessment = (unit: string, answers: Answers): Assessment => ({
  ...newAssessment({ checklistId: checklist.id, checklistVersion: checklist.version, unit, period: '2026' }, 1_700_000_000_000, `a-${unit}`),
  answers,
});

const allFull = (): Answers => Object.fromEntries(items.map((i) => [i.id, { value: fullMarks(i) } as Answer]));

export const high = assessment('第一党支部', {
  ...allFull(),
  'zb-niandu-jihua': { value: 0, note: '1月支委会研究制定全年学习计划，逐月列明专题和学时' },
  'zb-dangke': { value: 4, note: '书记、委员全年讲党课4次' },
});

/** Points lost (in 分): 学时达标 4, 上级轮训 2, 主题党日 4, 流动党员 4, 台账 4, 创新理论 3, 支委会研究 1.5, 年度计划 1. */
export const LOW_LOST = {
  'zb-xueshi-dabiao': { value: 80, note: '3名党员因外出务工未达到32学时' },
  'zb-shangji-lunxun': { value: 'partial' },
  'zb-zhuti-dangri': { value: 4 },
  'zb-liudong-dangyuan': { value: 2 },
  'zb-taizhang': { value: 0 },
  'zb-chuangxin-lilun': { value: 2, note: '理论学习以读文件为主' },
  'zb-zhiweihui-yanjiu': { value: 1 },
  'zb-niandu-jihua': { value: 1 },
} satisfies Answers;

export const low = assessment('第二党支部', { ...allFull(), ...LOW_LOST });

export const empty = assessment('第三党支部', {});
