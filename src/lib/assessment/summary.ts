// 汇总: many branches' exported files at once → one table per checklist (units × dimension
// scores × total × grade). A file that fails its checks is listed with the reason; the rest load.
import type { Checklist } from '../../schemas/checklist';
import { centsToPoints } from '../scoring/cents';
import { scoreChecklist } from '../scoring/score-checklist';
import { readImport } from './exchange';

export interface SummaryRow {
  file: string;
  unit: string;
  period: string;
  dimensions: number[];
  total: number | null;
  grade: string | null;
}

export interface SummaryTable {
  checklist: Checklist;
  rows: SummaryRow[];
}

export interface Summary {
  tables: SummaryTable[];
  failures: { file: string; message: string }[];
}

export function summarize(files: { name: string; text: string; size: number }[], checklists: Checklist[]): Summary {
  const registry = new Map(checklists.map((c) => [c.id, c]));
  const tables = new Map<string, SummaryTable>();
  const failures: Summary['failures'] = [];
  for (const f of files) {
    const r = readImport(f.text, f.size, registry);
    if (!r.ok) {
      failures.push({ file: f.name, message: r.message });
      continue;
    }
    const checklist = registry.get(r.assessment.checklistId)!;
    const s = scoreChecklist(checklist, r.assessment.answers);
    const table = tables.get(checklist.id) ?? { checklist, rows: [] };
    table.rows.push({
      file: f.name,
      unit: r.assessment.unit,
      period: r.assessment.period,
      dimensions: s.dimensions.map((d) => d.cents),
      total: s.total,
      grade: s.grade,
    });
    tables.set(checklist.id, table);
  }
  return { tables: [...tables.values()], failures };
}

export type SortKey = 'unit' | 'total' | number;

/** Sorts rows by unit name, total or a dimension's score; missing totals go last. */
export function sortRows(rows: SummaryRow[], key: SortKey, descending: boolean): SummaryRow[] {
  const value = (r: SummaryRow): string | number => (key === 'unit' ? r.unit : key === 'total' ? (r.total ?? -1) : r.dimensions[key]!);
  return [...rows].sort((x, y) => {
    const [a, b] = [value(x), value(y)];
    const c = typeof a === 'string' ? a.localeCompare(b as string, 'zh-CN') : a - (b as number);
    return descending ? -c : c;
  });
}

/** The 汇总 table for Excel: a header row, then each unit's scores as numbers. */
export function summarySheet(t: SummaryTable): (string | number | null)[][] {
  const header = ['单位', '年度', ...t.checklist.dimensions.map((d) => d.title), '总分', '等次', '文件'];
  const rows = t.rows.map((r) => [r.unit, r.period, ...r.dimensions.map(centsToPoints), r.total === null ? null : centsToPoints(r.total), r.grade ?? '', r.file]);
  return [header, ...rows];
}
