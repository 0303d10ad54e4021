// Scores are kept in integer hundredths (分 × 100) so sums never show floating-point noise.
export const toCents = (points: number): number => Math.round(points * 100);

/** Hundredths back to points, for spreadsheet cells that hold numbers. */
export const centsToPoints = (cents: number): number => cents / 100;

/** 1250 → "12.5", 1200 → "12", 5 → "0.05". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** A score that may not exist yet: "—" until it does. */
export const centsOrDash = (cents: number | null): string => (cents === null ? '—' : formatCents(cents));

/** An item's or level's points as written in the checklist, e.g. 0.5 → "0.5". */
export const pointsText = (points: number): string => formatCents(toCents(points));

/** n / d rounded half up (d > 0), exactly, in integers: 18750 / 100 → 188. */
export const roundHalfUp = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d));

/** Rounds a × b / c to the nearest hundredth, half up (all scores are non-negative), in integers. */
export const mulDiv = (a: number, b: number, c: number): number => roundHalfUp(a * b, c);
