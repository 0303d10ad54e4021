// Checks and formats the metadata of the model-report pages. Collection-level fields are optional
// (other pages have none), so every 范文 page is checked here, at build time, for the full set.
import { RequiredReportMetaSchema, type ReportMeta } from '../../schemas/report-meta';

/** Model reports live at reports/fanwen-<name>; reports/fanwen itself is the index. */
export function isFanwenId(id: string): boolean {
  return /^reports\/fanwen-[a-z0-9-]+$/.test(id);
}

/** Returns the page's full report metadata, or throws naming the page and every problem found. */
export function requireReportMeta(id: string, data: unknown): ReportMeta {
  const result = RequiredReportMetaSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}：${issue.message}`);
  if (result.success) {
    const { year, yearBasis } = result.data;
    if ((year === null) !== (yearBasis === '原文隐去')) {
      problems.push('year：年份为 null 时 yearBasis 应为“原文隐去”，反之亦然');
    }
  }
  if (problems.length || !result.success) {
    throw new Error(`范文页面 ${id} 的报告信息不完整：\n  - ${problems.join('\n  - ')}`);
  }
  return result.data;
}

/** "2023年", "2021年（据内容推断）", "不详（原文隐去）" */
export function formatYear(meta: Pick<ReportMeta, 'year' | 'yearBasis'>): string {
  if (meta.year === null) return `不详（${meta.yearBasis}）`;
  return meta.yearBasis === '原文写明' ? `${meta.year}年` : `${meta.year}年（${meta.yearBasis}）`;
}
