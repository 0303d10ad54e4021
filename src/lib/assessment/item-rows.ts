// One row per item of a filled checklist, with every value a sheet shows: the screen's print view,
// Excel and CSV, and the report's annex all draw their item rows from here.
import type { Answer, Assessment } from '../../schemas/assessment';
import type { Checklist, Item } from '../../schemas/checklist';
import { formatCents, pointsText, toCents } from '../scoring/cents';
import { scoreItem } from '../scoring/item-score';
import { scoreChecklist, type ChecklistScore, type DimensionScore } from '../scoring/score-checklist';

export interface ItemRow {
  item: Item;
  answer: Answer | undefined;
  veto: boolean;
  /** "6", or "否决" for a veto item. */
  pointsText: string;
  /** What the unit answered, in words (完成 / 开展 9 次（应 12 次）/ 不适用（理由）…). */
  answerText: string;
  /** Self score in hundredths; null when N/A, unanswered or a veto item. */
  self: number | null;
  /** The self score as a printed sheet shows it: a number, 不适用：理由, 未答, 存在 / 不存在. */
  selfText: string;
  /** 考核分 in hundredths, or null. */
  review: number | null;
  note: string;
  evidence: { hint: string; ready: boolean; location: string }[];
}

export interface DimensionRows {
  title: string;
  score: DimensionScore;
  rows: ItemRow[];
}

const CHECK_TEXT = { done: '完成', partial: '部分完成', none: '未完成' } as const;

export function answerText(item: Item, a: Answer | undefined): string {
  if (typeof a?.na === 'string' && a.na.trim()) return `不适用（${a.na}）`;
  const v = a?.value;
  if (v === undefined) return '未作答';
  const r = item.rule;
  switch (r.kind) {
    case 'check':
      return CHECK_TEXT[v as keyof typeof CHECK_TEXT] ?? '未作答';
    case 'levels':
      return r.levels[v as number]?.label ?? '未作答';
    case 'deduct':
      return `开展 ${v} ${r.unit}（应 ${r.required} ${r.unit}）`;
    case 'bonus':
      return `${v} ${r.unit}`;
    case 'ratio':
      return `达标率 ${v}%`;
    case 'veto':
      return v ? '存在此情形' : '不存在此情形';
  }
}

export function itemRow(item: Item, answer: Answer | undefined): ItemRow {
  const r = scoreItem(item, answer);
  const veto = item.rule.kind === 'veto';
  const self = r.status === 'scored' && !veto ? r.cents : null;
  const selfText =
    r.status === 'na' ? `不适用：${answer?.na}` : r.status === 'unanswered' ? '未答' : veto ? (answer?.value ? '存在' : '不存在') : formatCents(r.cents);
  return {
    item,
    answer,
    veto,
    pointsText: veto ? '否决' : pointsText(item.points),
    answerText: answerText(item, answer),
    self,
    selfText,
    review: typeof answer?.review === 'number' ? toCents(answer.review) : null,
    note: answer?.note ?? '',
    evidence: item.evidence.map((hint, i) => ({ hint, ready: !!answer?.evidence?.[i]?.ready, location: answer?.evidence?.[i]?.location ?? '' })),
  };
}

/** The rows dimension by dimension, with each dimension's subtotal, and the checklist's score. */
export function itemRows(checklist: Checklist, a: Pick<Assessment, 'answers'>): { dimensions: DimensionRows[]; score: ChecklistScore } {
  const score = scoreChecklist(checklist, a.answers);
  const dimensions = checklist.dimensions.map((dim, i) => ({
    title: dim.title,
    score: score.dimensions[i]!,
    rows: dim.items.map((item) => itemRow(item, a.answers[item.id])),
  }));
  return { dimensions, score };
}
