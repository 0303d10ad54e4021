// What the 台账 pages need from the content at build: the yearly 学时 target (tiaoli-20-xueshi),
// the year grid's rules, and the work calendar's planned items as blanks to fill.
import { getCollection } from 'astro:content';
import { gridRules, type GridRule } from '../lib/ledger/grid-rules';
import type { PlannedTask } from '../lib/ledger/quick-entry';
import type { ActivityKind } from '../schemas/ledger';
import { getCalendar } from './calendar';

export const TARGET_REQUIREMENT = 'tiaoli-20-xueshi';

/** Calendar task id → the kind of record it becomes. */
const PLANNED_KINDS: Record<string, ActivityKind> = {
  zhiweihui: '支部委员会',
  'dangxiaozu-hui': '党小组会',
  'zhuti-dangri': '主题党日',
  'dangyuan-dahui': '党员大会',
  dangke: '党课',
  'songxue-shangmen': '送学上门',
  'zuzhi-shenghuohui': '组织生活会',
  'minzhu-pingyi': '民主评议党员',
};

export interface LedgerPageData {
  target: number;
  rules: GridRule[];
  planned: PlannedTask[];
}

export async function ledgerPageData(): Promise<LedgerPageData> {
  const requirements = new Map((await getCollection('requirements')).map((e) => [e.id, e.data]));
  const value = requirements.get(TARGET_REQUIREMENT)?.quantity?.value;
  if (typeof value !== 'number') throw new Error(`台账：规定条目 ${TARGET_REQUIREMENT} 没有学时数（quantity.value）`);
  const { tasks } = await getCalendar();
  const planned: PlannedTask[] = [];
  for (const [id, kind] of Object.entries(PLANNED_KINDS)) {
    const t = tasks.find((x) => x.id === id);
    if (!t) throw new Error(`台账：年度工作日历中没有事项 "${id}"（content/guide/calendar.yaml）`);
    planned.push({ kind, title: t.title, months: t.months ?? (t.frequency === '每月' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : []), day: t.day ?? 15 });
  }
  return { target: value, rules: gridRules(requirements), planned };
}
