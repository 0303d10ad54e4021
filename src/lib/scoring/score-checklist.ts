import type { Checklist, Grade, Item } from '../../schemas/checklist';
import { isAnswered, isNa, type Answers } from './answer';
import { mulDiv, toCents } from './cents';
import { scoreItem } from './item-score';

export interface DimensionScore {
  id: string;
  title: string;
  /** Self score and the max of the items that apply, in hundredths (not re-scaled). */
  cents: number;
  max: number;
  /** 考核分 of the regular items, and how many items have one (none: show "—", not 0). */
  review: number;
  reviewed: number;
  answered: number;
  count: number;
  na: number;
}

/** A dimension's 考核分, or null before any of its items has one. */
export const dimensionReview = (d: DimensionScore): number | null => (d.reviewed > 0 ? d.review : null);

export interface ChecklistScore {
  dimensions: DimensionScore[];
  /** Regular items: the sum scored and the sum of points that apply (N/A items leave it). */
  raw: number;
  applicableMax: number;
  /** The raw score re-scaled to the declared full mark when items are N/A. */
  base: number;
  bonus: number;
  /** base + bonus, or null when every regular item is N/A. */
  total: number | null;
  rescaled: boolean;
  grade: string | null;
  vetoes: string[];
  answered: number;
  count: number;
  /** Items marked N/A with a reason, over all dimensions. */
  na: number;
  /** 考核分 (the reviewer's column), with the same N/A rule and re-scaling. */
  reviewTotal: number | null;
  reviewed: number;
}

const isRegular = (item: Item) => item.rule.kind !== 'bonus' && item.rule.kind !== 'veto';

/** How many items are answered (an N/A with its reason counts; an invalid value does not). */
export const answeredCount = (checklist: Checklist, answers: Answers): number =>
  checklist.dimensions.reduce((n, d) => n + d.items.filter((i) => isAnswered(i.rule, answers[i.id])).length, 0);

export function gradeFor(totalCents: number, grades: Grade[], vetoCaps: string[]): string {
  const ordered = [...grades].sort((a, b) => b.min - a.min);
  let index = ordered.findIndex((g) => totalCents >= toCents(g.min));
  if (index === -1) index = ordered.length - 1;
  for (const cap of vetoCaps) index = Math.max(index, ordered.findIndex((g) => g.label === cap));
  return ordered[index]!.label;
}

export function scoreChecklist(checklist: Checklist, answers: Answers): ChecklistScore {
  const full = toCents(checklist.total);
  let raw = 0;
  let applicableMax = 0;
  let bonus = 0;
  let bonusCap = 0;
  let reviewRaw = 0;
  let reviewBonus = 0;
  let reviewed = 0;
  let answered = 0;
  let count = 0;
  const vetoes: string[] = [];
  const vetoCaps: string[] = [];

  const dimensions = checklist.dimensions.map((dim): DimensionScore => {
    const d: DimensionScore = { id: dim.id, title: dim.title, cents: 0, max: 0, review: 0, reviewed: 0, answered: 0, count: 0, na: 0 };
    for (const item of dim.items) {
      const answer = answers[item.id];
      const r = scoreItem(item, answer);
      d.count += 1;
      if (isAnswered(item.rule, answer)) d.answered += 1;
      const review = !isNa(answer) && typeof answer?.review === 'number' ? Math.min(toCents(answer.review), r.max) : null;
      if (review !== null) {
        reviewed += 1;
        d.reviewed += 1;
      }
      if (r.status === 'na') {
        d.na += 1;
        continue;
      }
      const cents = r.status === 'scored' ? r.cents : 0;
      if (item.rule.kind === 'veto') {
        if (answer?.value === true) {
          vetoes.push(item.id);
          vetoCaps.push(item.rule.capGrade);
        }
      } else if (item.rule.kind === 'bonus') {
        bonus += cents;
        bonusCap += r.max;
        reviewBonus += review ?? 0;
      } else if (isRegular(item)) {
        d.cents += cents;
        d.max += r.max;
        d.review += review ?? 0;
      }
    }
    raw += d.cents;
    applicableMax += d.max;
    reviewRaw += d.review;
    answered += d.answered;
    count += d.count;
    return d;
  });

  const rescaled = applicableMax > 0 && applicableMax !== full;
  const scale = (cents: number) => (rescaled ? mulDiv(cents, full, applicableMax) : cents);
  const base = applicableMax > 0 ? scale(raw) : 0;
  const cappedBonus = Math.min(bonus, bonusCap);
  const total = applicableMax > 0 ? base + cappedBonus : null;
  const reviewTotal = applicableMax > 0 && reviewed > 0 ? scale(reviewRaw) + Math.min(reviewBonus, bonusCap) : null;

  return {
    dimensions,
    raw,
    applicableMax,
    base,
    bonus: cappedBonus,
    total,
    rescaled,
    grade: total === null ? null : gradeFor(total, checklist.grades, vetoCaps),
    vetoes,
    answered,
    count,
    na: dimensions.reduce((n, d) => n + d.na, 0),
    reviewTotal,
    reviewed,
  };
}
