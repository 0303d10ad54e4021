// Rows of the 数字速查 table: every requirement that has a number, in a stable reading order,
// and the audience filter the table offers.
import { AUDIENCES, SOURCES, type Audience, type Requirement } from '../../schemas/requirement';
import { isReferenceOnly } from './confidence';

export type NumberRow = Requirement & { quantity: NonNullable<Requirement['quantity']> };

const hasQuantity = (r: Requirement): r is NumberRow => r.quantity !== undefined;

/** Firm requirements first (A/B before 参考), then by document as the site lists them, then by data order. */
export function numberRows(requirements: readonly Requirement[]): NumberRow[] {
  return requirements
    .map((r, index) => ({ r, index }))
    .filter((x): x is { r: NumberRow; index: number } => hasQuantity(x.r))
    .sort(
      (a, b) =>
        Number(isReferenceOnly(a.r.confidence)) - Number(isReferenceOnly(b.r.confidence)) ||
        SOURCES.indexOf(a.r.source) - SOURCES.indexOf(b.r.source) ||
        a.index - b.index,
    )
    .map((x) => x.r);
}

/** `null` means no filter (全部). */
export const rowMatches = (audience: readonly Audience[], selected: Audience | null): boolean =>
  selected === null || audience.includes(selected);

export function filterRows<T extends { audience: readonly Audience[] }>(rows: readonly T[], selected: Audience | null): T[] {
  return rows.filter((r) => rowMatches(r.audience, selected));
}

/** How many rows each filter choice shows, in the fixed audience order. */
export function countByAudience(rows: readonly { audience: readonly Audience[] }[]): { audience: Audience; count: number }[] {
  return AUDIENCES.map((audience) => ({ audience, count: filterRows(rows, audience).length }));
}

export const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
