// The 党支部自评表 as the site reads it, a filled-in year whose scores were worked out by hand from
// the rules in content/checklists/zhibu-ziping.yaml, and ways to put an assessment into a browser.
//
// Rounding: every item score here is a whole number of hundredths, so the totals are the same
// whether a deduction or the score is rounded; the re-scaled total is rounded once, at the end.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import type { Browser, BrowserContext } from 'playwright-core';
import { ChecklistSchema, type Checklist } from '../../src/schemas/checklist';
import { siteUrl } from './browser';

export function loadChecklist(id: string): Checklist {
  return ChecklistSchema.parse(parseYaml(readFileSync(`content/checklists/${id}.yaml`, 'utf8')));
}

type Value = string | number | boolean;

/**
 * One answer per item of 党支部自评表 and the item score it earns (分), worked out by hand:
 * levels = the chosen level's points; deduct = points − missing × step; ratio = points − shortfall
 * in percentage points × step; check: 完成 = points, 部分完成 = half.
 */
export const FILLED: Record<string, { value: Value; score: number }> = {
  // 组织领导与工作机制 (12 分)
  'zb-niandu-jihua': { value: 1, score: 2 }, // 有计划但不全
  'zb-zhiweihui-yanjiu': { value: 1, score: 1.5 }, // 2 次要求，少 1 次 × 1.5
  'zb-shuji-zeren': { value: 'partial', score: 1.5 }, // 3 × 0.5
  'zb-dangyuan-xinxi': { value: 0, score: 3 },
  // 教育内容 (16 分)
  'zb-chuangxin-lilun': { value: 1, score: 4.5 },
  'zb-qilei-renwu': { value: 5, score: 5 }, // 7 类要求，少 2 类 × 1
  'zb-jizhong-jiaoyu': { value: 0, score: 3 },
  // 组织生活 (32 分)
  'zb-dangyuan-dahui': { value: 4, score: 4 },
  'zb-zhiweihui': { value: 10, score: 2 }, // 12 次要求，少 2 次 × 0.5
  'zb-dangxiaozu-hui': { value: 12, score: 3 },
  'zb-dangke': { value: 3, score: 2.25 }, // 4 次要求，少 1 次 × 0.75
  'zb-lingdao-ganbu': { value: 'done', score: 2 },
  'zb-zhuti-dangri': { value: 11, score: 4.5 }, // 少 1 次 × 0.5
  'zb-daohui-lv': { value: 75, score: 1.5 }, // 目标 80%，低 5 个百分点 × 0.1
  'zb-zuzhi-shenghuohui': { value: 1, score: 3 },
  'zb-minzhu-pingyi': { value: 0, score: 3 },
  'zb-tanxin-tanhua': { value: 90, score: 2.5 }, // 目标 100%，低 10 个百分点 × 0.05
  'zb-foujue-zuzhi-shenghuo': { value: false, score: 0 }, // 否决项：不存在此情形
  // 集中培训与学时 (20 分)
  'zb-xueshi-dabiao': { value: 95, score: 7 }, // 8 − 5 × 0.2
  'zb-shangji-lunxun': { value: 'done', score: 4 },
  'zb-fazhan-duixiang': { value: 1, score: 2 },
  'zb-zaixian-xuexi': { value: 0, score: 4 },
  // 分类教育与关怀 (10 分)
  'zb-liudong-dangyuan': { value: 0, score: 4 },
  'zb-songxue-shangmen': { value: 'partial', score: 1.5 },
  'zb-xianfeng-zuoyong': { value: 1, score: 1.5 },
  // 基础保障与台账 (10 分，加分项另计)
  'zb-jingfei': { value: 'done', score: 3 },
  'zb-zhendi-shizi': { value: 1, score: 1.5 },
  'zb-taizhang': { value: 6, score: 3 }, // 8 类要求，少 2 类 × 0.5
  'zb-jiafen-chuangxin': { value: 1, score: 1 }, // 加分 1 项 × 1
};

/** What the page shows for FILLED: each dimension's 自评分, the total (79.75 + 加分 1) and its 等次. */
export const FILLED_SCORES = {
  dimensions: {
    组织领导与工作机制: '8',
    教育内容: '12.5',
    组织生活: '27.75',
    集中培训与学时: '17',
    分类教育与关怀: '7',
    基础保障与台账: '7.5',
  },
  total: '80.75',
  grade: '良好',
  /** Items that lost points (the 整改清单 has one row for each). */
  lost: 17,
};

/**
 * FILLED with 支部书记抓党员教育的责任落实 (3 分, scored 1.5) marked 不适用: the applicable items
 * are worth 97 分 and scored 78.25; 78.25 × 100 / 97 = 80.6701… → 80.67, plus 加分 1 = 81.67.
 */
export const FILLED_NA = { item: 'zb-shuji-zeren', applicable: '97', raw: '78.25', total: '81.67' };

/**
 * The year before: FILLED except 年度计划 missing (0 instead of 2), 学时达标率 90% (8 − 10 × 0.2 = 6
 * instead of 7) and no 加分 (0 instead of 1): 80.75 − 4 = 76.75, so the change is +4.
 */
export const EARLIER: Record<string, Value> = {
  ...Object.fromEntries(Object.entries(FILLED).map(([id, a]) => [id, a.value])),
  'zb-niandu-jihua': 2,
  'zb-xueshi-dabiao': 90,
  'zb-jiafen-chuangxin': 0,
};
export const EARLIER_TOTAL = '76.75';

/** An assessment of 党支部自评表 as the site stores it (format version 1). */
export function storedAssessment(id: string, unit: string, period: string, values: Record<string, Value>, updatedAt = 1) {
  return {
    schemaVersion: 1,
    id,
    checklistId: 'zhibu-ziping',
    checklistVersion: 1,
    unit,
    period,
    answers: Object.fromEntries(Object.entries(values).map(([itemId, value]) => [itemId, { value }])),
    createdAt: 1,
    updatedAt,
  };
}
export type StoredAssessment = ReturnType<typeof storedAssessment>;

export const filledValues = () => Object.fromEntries(Object.entries(FILLED).map(([id, a]) => [id, a.value]));

/** The file 导出文件 writes for an assessment. */
export const exportFile = (a: StoredAssessment) =>
  JSON.stringify({ format: 'dyjy-assessment', schemaVersion: 1, checklistTitle: '党支部党员教育培训工作自评表', exportedAt: '2026-11-01T00:00:00.000Z', assessment: a }, null, 2);

/** A fresh browser context whose local storage holds exactly these assessments. */
export function contextWith(browser: Browser, assessments: StoredAssessment[], options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const origin = new URL(siteUrl('/')).origin;
  return browser.newContext({
    ...options,
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: assessments.map((a) => ({ name: `dyjy:v1:assessment:${a.id}`, value: JSON.stringify(a) })) }],
    },
  });
}
