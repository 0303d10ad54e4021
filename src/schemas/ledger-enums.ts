// The 台账's fixed lists, without zod, so pages can import them without loading the validator
// (src/schemas/ledger.ts builds its schemas on them and re-exports them).

/** Version of every stored and exported ledger shape. */
export const LEDGER_SCHEMA_VERSION = 1;

export const MEMBER_KINDS = ['正式党员', '预备党员'] as const;
/** 年老体弱、行动不便: 条例第二十三条 — no hard requirement, 送学上门; shown apart, never a shortfall. */
export const MEMBER_STATUSES = ['在职', '离退休', '流动党员', '年老体弱、行动不便'] as const;
/** Membership of the 支部委员会 (for the 支委会 quorum, 支部工作条例第十二条). */
export const COMMITTEE_ROLES = ['书记', '副书记', '委员'] as const;

export const ACTIVITY_KINDS = [
  '党员大会',
  '支部委员会',
  '党小组会',
  '党课',
  '主题党日',
  '组织生活会',
  '民主评议党员',
  '集中培训',
  '专题学习',
  '在线学习',
  '送学上门',
  '其他',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
