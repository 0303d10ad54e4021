// Frontmatter of the model-report pages (content/docs/reports/fanwen-*.mdx).
import { z } from 'astro/zod';

export const REPORT_TYPES = ['评估报告', '检查评估报告', '工作总结', '情况汇报'] as const;
export const UNIT_LEVELS = ['街道', '公司党支部', '公司党委', '单位党委', '县', '基层党委'] as const;
/** How the year is known: stated in the report, inferred from what it mentions, or masked in the source. */
export const YEAR_BASES = ['原文写明', '据内容推断', '原文隐去'] as const;

export type ReportType = (typeof REPORT_TYPES)[number];

/** Every field a model-report page must carry. */
export const RequiredReportMetaSchema = z.object({
  /** 报告类型 */
  reportType: z.enum(REPORT_TYPES),
  /** 单位层级 */
  unitLevel: z.enum(UNIT_LEVELS),
  /** 单位, as the report names it (masked names kept masked as ××) */
  unit: z.string().min(2),
  /** null when the year is masked in the source */
  year: z.number().int().min(2000).max(2100).nullable(),
  yearBasis: z.enum(YEAR_BASES),
  /** the source file the text was cleaned from, e.g. 003_6ed10022ecfc5904.txt */
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt/, '来源应以原始文件名开头，如 003_6ed10022ecfc5904.txt'),
  /** 适合借鉴什么 (shown in the 范文 table) */
  modelFor: z.string().min(4),
  /** 编辑说明: one line per kind of edit made to the source text */
  edits: z.array(z.string().min(4)).min(1),
});

/** Collection level: other docs pages have none of these fields, so all are optional here. */
export const ReportMetaSchema = RequiredReportMetaSchema.partial();

export type ReportMeta = z.infer<typeof RequiredReportMetaSchema>;
