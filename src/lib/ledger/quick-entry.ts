// Helpers for entering records quickly: who was expected, the last record of a kind as a
// template, and the year's planned items (work calendar) not yet recorded.
import type { Activity, ActivityKind, Ledger, Member } from '../../schemas/ledger';
import type { GridRow } from './grid';
import { inBranchOn } from './membership';

/** Members expected at an activity: in the branch that day; for a 党小组会 in its 党小组; for a 支委会 the committee. */
export const expectedMembers = (ledger: Ledger, date: string, kind: ActivityKind, group: string): Member[] =>
  ledger.members.filter(
    (m) => inBranchOn(m, date) && (kind !== '党小组会' || !group || m.group === group) && (kind !== '支部委员会' || m.committee !== undefined),
  );

/** “All present except …”: everyone expected, minus those listed as absent. */
export function presentExcept(expected: readonly Member[], absent: readonly Activity['absent'][number][]): string[] {
  const out = new Set(absent.map((a) => a.memberId));
  return expected.filter((m) => !out.has(m.id)).map((m) => m.id);
}

/** The latest record of a kind, as a template for a new one (without id and date). */
export function lastOfKind(ledger: Ledger, kind: ActivityKind): Omit<Activity, 'id' | 'date'> | null {
  let last: Activity | undefined;
  for (const a of ledger.activities) if (a.kind === kind && (!last || a.date >= last.date)) last = a;
  if (!last) return null;
  const { id: _id, date: _date, ...rest } = last;
  return rest;
}

/** A planned item of the work calendar, mapped to the kind of record it becomes. */
export interface PlannedTask {
  kind: ActivityKind;
  title: string;
  /** Months (1–12) the calendar schedules it in, and the day it suggests. */
  months: number[];
  day: number;
}

export interface Blank {
  kind: ActivityKind;
  title: string;
  date: string;
  group: string;
}

/**
 * The planned items whose grid cell has nothing recorded yet, as blanks to fill (date from the
 * calendar's suggested day). Items without a grid row (e.g. 党课) are offered for their months
 * when no record of the kind exists in that month.
 */
export function plannedBlanks(ledger: Ledger, grid: readonly GridRow[], tasks: readonly PlannedTask[]): Blank[] {
  const year = ledger.meta.year;
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: Blank[] = [];
  for (const t of tasks) {
    const rows = grid.filter((r) => r.kind === t.kind);
    for (const month of t.months) {
      const date = `${year}-${pad(month)}-${pad(Math.min(t.day, 28))}`;
      if (rows.length === 0) {
        if (!ledger.activities.some((a) => a.kind === t.kind && Number(a.date.slice(5, 7)) === month)) out.push({ kind: t.kind, title: t.title, date, group: '' });
        continue;
      }
      for (const r of rows) {
        const cell = r.cells.find((c) => c.from <= month && month <= c.to);
        if (cell && cell.activityIds.length === 0) out.push({ kind: t.kind, title: t.title, date, group: r.group });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
