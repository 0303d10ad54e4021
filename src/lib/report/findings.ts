// What the scores say, item by item: which items scored well (主要做法) and which lost points
// (存在问题), grouped by dimension. Lost items are ordered by points lost, vetoes first.
import type { Checklist, Dimension, Item } from '../../schemas/checklist';
import { isAnswered, type Answers } from '../scoring/answer';
import { lostPoints, scoreItem } from '../scoring/item-score';

export interface LostItem {
  item: Item;
  note: string;
  /** Hundredths of a point; a veto loses none but sorts first. */
  lost: number;
  veto: boolean;
}

export interface LostGroup {
  dim: Dimension;
  items: LostItem[];
}

export interface GoodGroup {
  dim: Dimension;
  /** Items with full marks (or a bonus earned), in checklist order. */
  items: { item: Item; note: string }[];
  /** The dimension's score as a share of what applies, for choosing the strongest. */
  ratio: number;
}

export interface Findings {
  good: GoodGroup[];
  lost: LostGroup[];
  lostCount: number;
  /** Points lost on regular items, in hundredths. */
  lostTotal: number;
  vetoes: Item[];
  unanswered: Item[];
  /** Items answered (bonus items left out, as for unanswered). */
  answered: number;
}

const noteOf = (answers: Answers, id: string) => answers[id]?.note?.trim() ?? '';

export function findings(checklist: Checklist, answers: Answers): Findings {
  const good: GoodGroup[] = [];
  const lost: LostGroup[] = [];
  const unanswered: Item[] = [];
  let answered = 0;
  for (const dim of checklist.dimensions) {
    const g: GoodGroup = { dim, items: [], ratio: 0 };
    const l: LostGroup = { dim, items: [] };
    let cents = 0;
    let max = 0;
    for (const item of dim.items) {
      const answer = answers[item.id];
      const r = scoreItem(item, answer);
      const kind = item.rule.kind;
      // A bonus item left empty is not a gap in the self-assessment.
      if (kind !== 'bonus') {
        if (isAnswered(item.rule, answer)) answered += 1;
        else unanswered.push(item);
      }
      if (r.status !== 'scored') continue;
      if (kind !== 'bonus' && kind !== 'veto') {
        cents += r.cents;
        max += r.max;
      }
      if (lostPoints(item, answer)) {
        l.items.push({ item, note: noteOf(answers, item.id), lost: kind === 'veto' ? 0 : r.max - r.cents, veto: kind === 'veto' });
      } else if (kind !== 'veto' && r.max > 0 && (kind === 'bonus' ? r.cents > 0 : r.cents >= r.max)) {
        g.items.push({ item, note: noteOf(answers, item.id) });
      }
    }
    g.ratio = max > 0 ? cents / max : 0;
    if (g.items.length) good.push(g);
    if (l.items.length) lost.push(l);
  }
  // Vetoes first, then by points lost; ties keep the checklist's order (sort is stable).
  const byLoss = (a: { vetoes: number; lost: number }, b: { vetoes: number; lost: number }) => b.vetoes - a.vetoes || b.lost - a.lost;
  const weigh = (items: LostItem[]) => ({ vetoes: items.filter((i) => i.veto).length, lost: items.reduce((s, i) => s + i.lost, 0) });
  for (const g of lost) g.items.sort((a, b) => byLoss(weigh([a]), weigh([b])));
  lost.sort((a, b) => byLoss(weigh(a.items), weigh(b.items)));
  good.sort((a, b) => b.ratio - a.ratio);
  const all = lost.flatMap((g) => g.items);
  return {
    good,
    lost,
    lostCount: all.filter((i) => !i.veto).length,
    lostTotal: all.reduce((s, i) => s + i.lost, 0),
    vetoes: all.filter((i) => i.veto).map((i) => i.item),
    unanswered,
    answered,
  };
}
