import type { Item } from '../../schemas/checklist';
import { isNa, isValidValue, type Answer } from './answer';
import { mulDiv, roundHalfUp, toCents } from './cents';

export type ItemResult =
  | { status: 'na'; max: number }
  | { status: 'unanswered'; max: number }
  | { status: 'scored'; cents: number; max: number };

/**
 * The self-assessed score of one item, in hundredths; max is the item's points in hundredths.
 * Rounding policy: an item's score is rounded half up to 0.01 on the score; dimension sums add
 * these shown scores; a re-scaled total is rounded once (score-checklist.ts).
 */
export function scoreItem(item: Item, answer: Answer | undefined): ItemResult {
  const max = toCents(item.points);
  if (isNa(answer)) return { status: 'na', max };
  const value = answer?.value;
  if (value === undefined || !isValidValue(item.rule, value)) return { status: 'unanswered', max };
  const rule = item.rule;
  let cents: number;
  switch (rule.kind) {
    case 'check':
      cents = value === 'done' ? max : value === 'partial' ? mulDiv(max, toCents(rule.partialRatio), 100) : 0;
      break;
    case 'levels':
      cents = toCents(rule.levels[value as number]!.points);
      break;
    case 'deduct': {
      const missing = Math.max(0, rule.required - (value as number));
      cents = max - missing * toCents(rule.per);
      break;
    }
    case 'ratio': {
      // Percentages may carry decimals (e.g. 77.5%): work in hundredths of a percent, so the
      // exact score is (max × 100 − shortfall × per) / 100 hundredths; it is rounded half up
      // once, on the score itself (3 − 1.125 = 1.875 → 1.88), not on the deduction.
      const shortfall = Math.max(0, toCents(rule.target) - toCents(value as number));
      cents = roundHalfUp(max * 100 - shortfall * toCents(rule.perPercent), 100);
      break;
    }
    case 'bonus':
      cents = (value as number) * toCents(rule.per);
      break;
    case 'veto':
      cents = 0;
      break;
  }
  return { status: 'scored', cents: Math.min(max, Math.max(0, cents)), max };
}

/** Whether an item lost points (used for the "lost points" view and the drafted report). */
export function lostPoints(item: Item, answer: Answer | undefined): boolean {
  if (item.rule.kind === 'bonus') return false;
  if (item.rule.kind === 'veto') return answer?.value === true && !isNa(answer);
  const r = scoreItem(item, answer);
  return r.status === 'scored' && r.cents < r.max;
}
