import { z } from 'astro/zod';
import { SUGGESTED_PREFIX } from './suggested-prefix';

// A checklist is data: dimensions (一级指标) → items (二级指标), each with a scoring rule.

const points = z.number().nonnegative().multipleOf(0.01);

export const RuleSchema = z.discriminatedUnion('kind', [
  // 完成 / 部分完成 / 未完成
  z.object({ kind: z.literal('check'), partialRatio: z.number().gt(0).lt(1).default(0.5) }),
  // 好 / 较好 / 一般 / 差 → the points each level gives
  z.object({
    kind: z.literal('levels'),
    levels: z.array(z.object({ label: z.string().min(1), points })).min(2),
  }),
  // 应开展 required 次，每少一次扣 per 分，扣完为止
  z.object({ kind: z.literal('deduct'), required: z.number().int().positive(), per: points, unit: z.string().default('次') }),
  // 达标率：达到 target% 得满分，每低 1 个百分点扣 perPercent 分
  z.object({ kind: z.literal('ratio'), target: z.number().gt(0).max(100), perPercent: points }),
  // 加分：每项 per 分，最多加到本项分值（points）
  z.object({ kind: z.literal('bonus'), per: points, unit: z.string().default('项') }),
  // 一票否决：出现即等次不高于 capGrade
  z.object({ kind: z.literal('veto'), capGrade: z.string().min(1) }),
]);


export const METHODS = ['查阅资料', '抽查', '走访', '座谈', '平台数据', '现场查看'] as const;

export const ItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, '指标 id 只能用小写字母、数字和连字符'),
  title: z.string().min(2),
  points,
  rule: RuleSchema,
  /** Plain-words scoring standard shown to the user (评分标准). */
  standard: z.string().min(2),
  /**
   * The 建议口径 statement: which of the item's numbers (count, step, cap) are this site's design
   * rather than a rule. Required wherever no A/B requirement states them (see suggested-check.ts).
   */
  suggested: z.string().startsWith(SUGGESTED_PREFIX, `suggested 以“${SUGGESTED_PREFIX}”开头`).optional(),
  evidence: z.array(z.string().min(1)).min(1),
  method: z.array(z.enum(METHODS)).min(1),
  /** A/B requirements the item rests on. */
  basis: z.array(z.string()).default([]),
  /** C/未核实 requirements that explain a suggested number; shown only as 参考. */
  reference: z.array(z.string()).default([]),
  problem: z.string().min(2),
  measure: z.string().min(2),
  /** A figure the 台账 can supply for this item (an id in src/lib/ledger/measures.ts). */
  ledger: z.string().optional(),
});

export const DimensionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(2),
  items: z.array(ItemSchema).min(1),
});

export const GradeSchema = z.object({ label: z.string().min(1), min: z.number().min(0) });

export const ChecklistSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(4),
  version: z.number().int().positive(),
  total: z.number().positive(),
  /** Who fills it in (填报单位类型). */
  unitKind: z.string().min(2),
  description: z.string().min(10),
  grades: z.array(GradeSchema).min(2),
  dimensions: z.array(DimensionSchema).min(1),
});

export type Rule = z.infer<typeof RuleSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Grade = z.infer<typeof GradeSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
