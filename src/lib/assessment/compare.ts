// Two assessments of one checklist side by side (e.g. 2025 vs 2026), and the 整改清单 that
// follows from the items the later one lost points on.
import type { Checklist } from '../../schemas/checklist';
import { formatCents } from '../scoring/cents';
import { lostPoints, scoreItem } from '../scoring/item-score';
import { scoreChecklist } from '../scoring/score-checklist';
import type { Assessment } from './model';

/** An item's score in hundredths, or why it has none. */
export type ItemValue = number | 'na' | 'unanswered';

/** A compared value as the table shows it: a score, 不适用, 未答, or — for no total. */
export const valueText = (v: ItemValue | null): string => (v === null ? '—' : v === 'na' ? '不适用' : v === 'unanswered' ? '未答' : formatCents(v));

/** The change from a to b: +1.5, -2, 持平; empty when either has no score. */
export function changeText(a: ItemValue | null, b: ItemValue | null): string {
  if (typeof a !== 'number' || typeof b !== 'number') return '';
  const d = b - a;
  return d === 0 ? '持平' : `${d > 0 ? '+' : ''}${formatCents(d)}`;
}

export interface Comparison {
  totals: [number | null, number | null];
  dimensions: { id: string; title: string; a: number; b: number; max: number }[];
  items: { id: string; title: string; dimension: string; a: ItemValue; b: ItemValue; max: number }[];
}

function itemValue(c: Checklist, a: Assessment, itemId: string): ItemValue {
  const item = c.dimensions.flatMap((d) => d.items).find((i) => i.id === itemId)!;
  const r = scoreItem(item, a.answers[itemId]);
  return r.status === 'scored' ? r.cents : r.status;
}

export function compareAssessments(c: Checklist, a: Assessment, b: Assessment): Comparison {
  const sa = scoreChecklist(c, a.answers);
  const sb = scoreChecklist(c, b.answers);
  return {
    totals: [sa.total, sb.total],
    dimensions: c.dimensions.map((d, i) => ({ id: d.id, title: d.title, a: sa.dimensions[i]!.cents, b: sb.dimensions[i]!.cents, max: sb.dimensions[i]!.max })),
    items: c.dimensions.flatMap((d) =>
      d.items
        .filter((item) => item.rule.kind !== 'veto')
        .map((item) => ({ id: item.id, title: item.title, dimension: d.title, a: itemValue(c, a, item.id), b: itemValue(c, b, item.id), max: Math.round(item.points * 100) })),
    ),
  };
}

export interface RectificationRow {
  itemId: string;
  problem: string;
  measure: string;
  owner: string;
  deadline: string;
  status: string;
}

/**
 * One row per item that lost points: the checklist's problem and measure texts (with the unit's
 * own note), then whatever the user already wrote for that item, which always wins.
 */
export function rectificationRows(c: Checklist, a: Assessment, saved: Record<string, Partial<RectificationRow>> = {}): RectificationRow[] {
  return c.dimensions
    .flatMap((d) => d.items)
    .filter((item) => lostPoints(item, a.answers[item.id]))
    .map((item) => {
      const note = a.answers[item.id]?.note?.trim();
      const drafted: RectificationRow = {
        itemId: item.id,
        problem: note ? `${item.problem}（${note}）` : item.problem,
        measure: item.measure,
        owner: '',
        deadline: '',
        status: '未完成',
      };
      return { ...drafted, ...saved[item.id], itemId: item.id };
    });
}
