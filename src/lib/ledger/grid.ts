// The year grid: for each kind the rules require (grid-rules.ts), whether it was held in each
// month / quarter / the year. A 支委会 with fewer than half the committee present does not count.
import type { Activity, Ledger, Member } from '../../schemas/ledger';
import type { GridPeriod, GridRule } from './grid-rules';
import { inBranchOn, monthOf, yearOf } from './membership';

/** held: at least one valid record · invalid: only records that do not count · missing: none, period over · notDue: none yet, period not over. */
export type CellState = 'held' | 'invalid' | 'missing' | 'notDue';

export interface InvalidRecord {
  activityId: string;
  date: string;
  /** Plain-words reason, e.g. “到会支委 1 人，支委共 5 人，不足半数”. */
  reason: string;
}

export interface GridCell {
  /** First and last month (1–12) the cell covers. */
  from: number;
  to: number;
  state: CellState;
  /** Records that count. */
  activityIds: string[];
  invalid: InvalidRecord[];
  /** 支委会 records whose quorum could not be checked (no committee marked in the roster). */
  unchecked: string[];
}

export interface GridRow {
  kind: Activity['kind'];
  /** 党小组 for 党小组会 rows; '' otherwise. */
  group: string;
  requirementId: string;
  period: GridPeriod;
  cells: GridCell[];
  /** Cells held / cells due so far (missing + held + invalid). */
  held: number;
  due: number;
}

const SPANS: Record<GridPeriod, [number, number][]> = {
  month: Array.from({ length: 12 }, (_, i) => [i + 1, i + 1] as [number, number]),
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
  year: [[1, 12]],
};

/** Quorum of a 支委会: committee members in the branch that day, and how many were present. */
export function zhiweihuiQuorum(a: Activity, members: readonly Member[]): { size: number; present: number; ok: boolean | null } {
  const committee = members.filter((m) => m.committee && inBranchOn(m, a.date));
  const present = new Set(a.present);
  const n = committee.filter((m) => present.has(m.id)).length;
  // 半数以上 includes exactly half.
  return { size: committee.length, present: n, ok: committee.length === 0 ? null : n * 2 >= committee.length };
}

/**
 * `today` (YYYY-MM-DD) decides which periods are over: a period not yet over with nothing held is
 * 'notDue', not missing. Defaults to the real date.
 */
export function yearGrid(ledger: Ledger, rules: readonly GridRule[], today: string = new Date().toISOString().slice(0, 10)): GridRow[] {
  const year = ledger.meta.year;
  const ty = yearOf(today);
  // Months fully over on `today`: all of them for a past year, none for a future one.
  const monthsOver = ty > year ? 12 : ty < year ? 0 : monthOf(today) - 1;
  // 党小组 in the order the roster first names them.
  const groups = [...new Set(ledger.members.map((m) => m.group).filter((g) => g !== ''))];
  const rows: GridRow[] = [];
  for (const rule of rules) {
    const ofKind = ledger.activities.filter((a) => a.kind === rule.kind && yearOf(a.date) === year);
    for (const group of rule.perGroup ? groups : ['']) {
      const acts = rule.perGroup ? ofKind.filter((a) => a.group === group) : ofKind;
      let held = 0;
      let due = 0;
      const cells = SPANS[rule.period].map(([from, to]): GridCell => {
        const inSpan = acts.filter((a) => monthOf(a.date) >= from && monthOf(a.date) <= to);
        const activityIds: string[] = [];
        const invalid: InvalidRecord[] = [];
        const unchecked: string[] = [];
        for (const a of inSpan) {
          if (rule.quorumRequirementId) {
            const q = zhiweihuiQuorum(a, ledger.members);
            if (q.ok === false) {
              invalid.push({ activityId: a.id, date: a.date, reason: `到会支委 ${q.present} 人，支委共 ${q.size} 人，不足半数，不算召开` });
              continue;
            }
            if (q.ok === null) unchecked.push(a.id);
          }
          activityIds.push(a.id);
        }
        const over = to <= monthsOver;
        const state: CellState = activityIds.length > 0 ? 'held' : !over ? 'notDue' : invalid.length > 0 ? 'invalid' : 'missing';
        if (state === 'held') held++;
        if (state === 'held' || over) due++;
        return { from, to, state, activityIds, invalid, unchecked };
      });
      rows.push({ kind: rule.kind, group, requirementId: rule.requirementId, period: rule.period, cells, held, due });
    }
  }
  return rows;
}
