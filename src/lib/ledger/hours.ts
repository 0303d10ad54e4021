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

export function memberHours(ledger: Ledger, target: number): MemberHoursRow[] {
  const year = ledger.meta.year;
  // Half-hours as integers per member and month: exact, and cheap for 400 activities × 200 members.
  const index = new Map<string, number>();
  ledger.members.forEach((m, i) => index.set(m.id, i));
  const halves = ledger.members.map(() => new Array<number>(12).fill(0));
  for (const a of ledger.activities) {
    if (yearOf(a.date) !== year || a.hours === 0) continue;
    const month = monthOf(a.date) - 1;
    const h = Math.round(a.hours * 2);
    for (const id of a.present) {
      const i = index.get(id);
      if (i !== undefined) halves[i]![month]! += h;
    }
  }
  for (const p of ledger.personalHours) {
    const i = index.get(p.memberId);
    if (yearOf(p.date) === year && i !== undefined) halves[i]![monthOf(p.date) - 1]! += Math.round(p.hours * 2);
  }
  const byMember = new Map(ledger.members.map((m, i) => [m.id, halves[i]!.map((n) => n / 2)]));
  return ledger.members.map((m) => {
    const byMonth = byMember.get(m.id)!;
    const total = byMonth.reduce((s, n) => s + n * 2, 0) / 2;
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
