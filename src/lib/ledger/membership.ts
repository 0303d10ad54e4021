// Which months of the ledger's year a member belonged to the branch (joined/left dates).
import type { Member } from '../../schemas/ledger';

/** Month (1–12) of an ISO date, or the year boundary when the date falls outside `year`. */
function monthIn(date: string, year: number, before: number, after: number): number {
  const y = Number(date.slice(0, 4));
  if (y < year) return before;
  if (y > year) return after;
  return Number(date.slice(5, 7));
}

/** First and last month (inclusive) the member was in the branch; null when not at all in `year`. */
export function memberMonths(m: Pick<Member, 'joined' | 'left'>, year: number): { from: number; to: number } | null {
  const from = m.joined ? monthIn(m.joined, year, 1, 13) : 1;
  const to = m.left ? monthIn(m.left, year, 0, 12) : 12;
  return from <= to ? { from, to } : null;
}

/** Whether the member was in the branch on an ISO date (joined ≤ date ≤ left). */
export const inBranchOn = (m: Pick<Member, 'joined' | 'left'>, date: string): boolean =>
  (!m.joined || m.joined <= date) && (!m.left || date <= m.left);

/** Month (1–12) of an ISO date. */
export const monthOf = (date: string): number => Number(date.slice(5, 7));
export const yearOf = (date: string): number => Number(date.slice(0, 4));
