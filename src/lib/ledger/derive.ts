// Everything the 台账 page, the self-check and the report read, computed once per ledger change.
import type { Ledger } from '../../schemas/ledger';
import { yearGrid, type GridRow } from './grid';
import type { GridRule } from './grid-rules';
import { memberHours, type MemberHoursRow } from './hours';
import { averageAttendance, memberAttendance, memberCount, shareMet, trainingStats, type MemberAttendance, type TrainingStats } from './stats';

export interface LedgerContext {
  /** Yearly 学时 target from the requirements data (tiaoli-20-xueshi). */
  target: number;
  rules: readonly GridRule[];
  /** YYYY-MM-DD; periods not over by then are “not yet due”. */
  today: string;
}

export interface Derived {
  /** The date the figures were computed for (LedgerContext.today). */
  today: string;
  hours: MemberHoursRow[];
  grid: GridRow[];
  attendance: MemberAttendance[];
  averageAttendance: number | null;
  training: TrainingStats;
  shareMet: number | null;
  memberCount: number;
}

export function derive(ledger: Ledger, ctx: LedgerContext): Derived {
  const hours = memberHours(ledger, ctx.target);
  return {
    today: ctx.today,
    hours,
    grid: yearGrid(ledger, ctx.rules, ctx.today),
    attendance: memberAttendance(ledger),
    averageAttendance: averageAttendance(ledger),
    training: trainingStats(ledger, hours),
    shareMet: shareMet(hours),
    memberCount: memberCount(ledger, ctx.today),
  };
}

/** Latest date any record of the ledger refers to (“台账截至”), or null for an empty ledger. */
export function recordsUntil(ledger: Ledger): string | null {
  let max: string | null = null;
  for (const a of ledger.activities) if (!max || a.date > max) max = a.date;
  for (const p of ledger.personalHours) if (!max || p.date > max) max = p.date;
  return max;
}
