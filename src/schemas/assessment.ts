import { z } from 'astro/zod';
import { EDIT_MAX, TEXT_MAX } from './assessment-limits';

// One saved self-assessment, as stored in the browser and as exported to a file. The types are
// inferred from here; the import check parses files with AssessmentSchema; the storage decoder
// (lib/assessment/decode.ts) checks the same required fields without loading zod, so the page
// that edits assessments stays light.

export const EvidenceSchema = z.object({
  /** 已备: the material is at hand. */
  ready: z.boolean(),
  /** Where the material is kept (档案盒、文件夹…), as the user wrote it. */
  location: z.string().max(500),
});

/** A figure taken from the 台账 with “使用台账数据”: which measure, its value then, and the date the records reached. */
export const LedgerUseSchema = z.object({
  measure: z.string().max(60),
  value: z.number(),
  asOf: z.string().max(10),
});

export const AnswerSchema = z.object({
  /** check: done/partial/none · levels: index of the level · deduct/bonus: a count · ratio: a percentage · veto: whether it applies. Checked against the item's rule by isValidValue. */
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** 不适用 with its reason; only a non-empty reason takes the item out of the score. */
  na: z.string().max(1000).optional(),
  /** 说明: the unit's own note on the item. */
  note: z.string().max(20_000).optional(),
  /** One entry per evidence hint of the item, in the item's order. */
  evidence: z.array(EvidenceSchema).max(50).optional(),
  /** 考核分: the reviewer's score for the item, in points (at most the item's points). */
  review: z.number().nonnegative().optional(),
  /** Set when the value came from the 台账, so the page can say so and notice a later change. */
  ledger: LedgerUseSchema.optional(),
});

const count = z.number().int().nonnegative().max(10_000_000);

export const ReportFactsSchema = z.object({
  /** 单位名称; empty means the assessment's 填报单位. */
  unit: z.string().max(TEXT_MAX.unit).optional(),
  /** 报告期, e.g. "2026年度"; empty means the assessment's 年度. */
  period: z.string().max(TEXT_MAX.period).optional(),
  /** 党员人数 */
  members: count.optional(),
  /** 培训期数 */
  sessions: count.optional(),
  /** 培训人次 */
  attendance: count.optional(),
  /** 人均学时 */
  hours: z.number().nonnegative().max(10_000).optional(),
  /** 书记、委员参训情况 */
  leaders: z.string().max(TEXT_MAX.leaders).optional(),
  /** 特色做法 */
  highlights: z.string().max(TEXT_MAX.highlights).optional(),
  /** 成文日期 */
  date: z.string().max(TEXT_MAX.date).optional(),
  /** The number facts taken from the 台账, by field. */
  ledgerUsed: z.partialRecord(z.enum(['members', 'sessions', 'attendance', 'hours']), LedgerUseSchema).optional(),
});

export const AssessmentReportSchema = z.object({
  /** The facts a report needs that the checklist does not hold. */
  facts: ReportFactsSchema,
  /** Section id → the user's text for that section, replacing the drafted one. */
  edits: z.record(z.string().max(50), z.string().max(EDIT_MAX)),
});

export const RECTIFICATION_FIELDS = ['problem', 'measure', 'owner', 'deadline', 'status'] as const;
/** 问题 / 整改措施 / 责任人 / 完成时限 / 完成情况, as the user edited them; unedited fields stay drafted. */
export const RectificationEditSchema = z.partialRecord(z.enum(RECTIFICATION_FIELDS), z.string().max(5000));

export const AssessmentSchema = z.object({
  /** Shape version (SCHEMA_VERSION when written). */
  schemaVersion: z.number().int(),
  /** Unique within one browser; an import with a known id asks before replacing. */
  id: z.string().min(1).max(100),
  /** The checklist (content/checklists/<id>.yaml) and the version it was filled in against. */
  checklistId: z.string().min(1),
  checklistVersion: z.number().int().positive(),
  /** 填报单位 */
  unit: z.string().max(200),
  /** 年度, e.g. "2026" */
  period: z.string().max(20),
  /** Answers by item id; ids the checklist no longer has are kept, not scored. */
  answers: z.record(z.string(), AnswerSchema),
  /** The report's facts and section edits (写报告); absent until the report page is used. */
  report: AssessmentReportSchema.optional(),
  /** Milliseconds since 1970. */
  createdAt: z.number(),
  updatedAt: z.number(),
  /** 整改清单 edits by item id. */
  rectification: z.record(z.string(), RectificationEditSchema).optional(),
});

export type EvidenceState = z.infer<typeof EvidenceSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = Record<string, Answer>;
export type ReportFacts = z.infer<typeof ReportFactsSchema>;
export type LedgerUse = z.infer<typeof LedgerUseSchema>;
export type AssessmentReport = z.infer<typeof AssessmentReportSchema>;
export type RectificationEdit = z.infer<typeof RectificationEditSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
