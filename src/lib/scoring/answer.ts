import type { Rule } from '../../schemas/checklist';

export type CheckValue = 'done' | 'partial' | 'none';
/** check: CheckValue · levels: index of the level · deduct/bonus: a count · ratio: a percentage · veto: whether it applies. */
export type AnswerValue = CheckValue | number | boolean;

export interface EvidenceState {
  ready: boolean;
  location: string;
}

export interface Answer {
  value?: AnswerValue;
  /** 不适用 with its reason; an N/A item leaves the denominator. */
  na?: string;
  note?: string;
  evidence?: EvidenceState[];
  /** 考核分: the reviewer's score for the item, in points. */
  review?: number;
  /** Set when the value was taken from the 台账 (“使用台账数据”): which figure, its value, and the date the records reached. */
  ledger?: { measure: string; value: number; asOf: string };
  /** When the answer last changed (ms), so two tabs can merge item by item. */
  at?: number;
}

export type Answers = Record<string, Answer>;

/** Whether a value is well-formed for a rule (used for input, storage and import alike). */
export function isValidValue(rule: Rule, value: unknown): value is AnswerValue {
  switch (rule.kind) {
    case 'check':
      return value === 'done' || value === 'partial' || value === 'none';
    case 'levels':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) < rule.levels.length;
    case 'deduct':
    case 'bonus':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000;
    case 'ratio':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
    case 'veto':
      return typeof value === 'boolean';
  }
}

/** N/A counts only with a reason: an empty reason leaves the item in the score. */
export const isNa = (a: Answer | undefined): boolean => typeof a?.na === 'string' && a.na.trim() !== '';
export const isAnswered = (rule: Rule, a: Answer | undefined): boolean =>
  isNa(a) || (a?.value !== undefined && isValidValue(rule, a.value));
