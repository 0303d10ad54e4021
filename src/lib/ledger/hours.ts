// Each member's 学时 for the ledger's year against the yearly target (条例第二十条, 32 学时 from
// the requirements data). Members under 第二十三条 (年老体弱、行动不便) have no target: shown apart,
// never a shortfall. Members in the branch for part of the year get a pro-rated target — a site
// choice (建议口径), stated wherever the target shows.
import type { Ledger, Member } from '../../schemas/ledger';
import { memberMonths, monthOf, yearOf } from './membership';

export const EXEMPT_STATUS: Member['status'] = '年老体弱、行动不便';

export interface MemberHoursRow {
  memberId: string;
  name: string;
  group: string;
  status: Member['status'];
  /** 学时 per month, January first (12 entries). */
  byMonth: number[];
  total: number;
  /** The member's target; null for 第二十三条 members (no hard requirement). */
  target: number | null;
  /** True when the target was pro-rated for a member in the branch for only part of the year. */
  prorated: boolean;
  /** total ≥ target; null when there is no target. */
  met: boolean | null;
  /** Months in the branch this year (0–12). */
  months: number;
}

/** 建议口径: target × months in the branch ÷ 12, rounded up to the next 0.5 学时. */
export function proratedTarget(target: number, months: number): number {
  return Math.ceil((target * months) / 12 * 2 - 1e-9) / 2;
}

/** Adds in half-hours so sums of 0.5 steps stay exact. */
const add = (a: number, b: number) => (Math.round(a * 2) + Math.round(b * 2)) / 2;

export function memberHours(ledger: Ledger, target: number): MemberHoursRow[] {
  const year = ledger.meta.year;
  const byMember = new Map<string, number[]>();
  for (const m of ledger.members) byMember.set(m.id, new Array<number>(12).fill(0));
  for (const a of ledger.activities) {
    if (yearOf(a.date) !== year || a.hours === 0) continue;
    const i = monthOf(a.date) - 1;
    for (const id of a.present) {
      const row = byMember.get(id);
      if (row) row[i] = add(row[i]!, a.hours);
    }
  }
  for (const p of ledger.personalHours) {
    if (yearOf(p.date) !== year) continue;
    const row = byMember.get(p.memberId);
    if (row) row[monthOf(p.date) - 1] = add(row[monthOf(p.date) - 1]!, p.hours);
  }
  return ledger.members.map((m) => {
    const byMonth = byMember.get(m.id)!;
    const total = byMonth.reduce(add, 0);
    const span = memberMonths(m, year);
    const months = span ? span.to - span.from + 1 : 0;
    const exempt = m.status === EXEMPT_STATUS;
    const prorated = !exempt && months < 12;
    const t = exempt ? null : prorated ? proratedTarget(target, months) : target;
    return {
      memberId: m.id,
      name: m.name,
      group: m.group,
      status: m.status,
      byMonth,
      total,
      target: t,
      prorated,
      met: t === null ? null : total >= t,
      months,
    };
  });
}
