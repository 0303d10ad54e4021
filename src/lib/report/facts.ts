// The facts a report needs that the checklist does not hold, and the user's edits to the
// drafted sections. Both are saved with the assessment (Assessment.report).
import type { AssessmentReport, LedgerUse, ReportFacts } from '../../schemas/assessment';
import { normalise, type Parsed } from '../scoring/parse-input';

export type { AssessmentReport, ReportFacts } from '../../schemas/assessment';

export const NUMBER_FACTS = ['members', 'sessions', 'attendance', 'hours'] as const;
export const TEXT_FACTS = ['unit', 'period', 'leaders', 'highlights', 'date'] as const;
export type NumberFact = (typeof NUMBER_FACTS)[number];
export type TextFact = (typeof TEXT_FACTS)[number];

/** Field names as the form and the 【待填写：…】 markers call them. */
export const FACT_LABELS: Record<NumberFact | TextFact, string> = {
  unit: '单位名称',
  period: '报告期',
  members: '党员人数',
  sessions: '培训期数',
  attendance: '培训人次',
  hours: '人均学时',
  leaders: '书记、委员参训情况',
  highlights: '特色做法',
  date: '成文日期',
};

export { EDIT_MAX, TEXT_MAX } from '../../schemas/assessment-limits';

/** Counts are whole numbers; 人均学时 may have one decimal place. */
export function parseFactNumber(field: NumberFact, text: string): Parsed {
  const t = normalise(text).replace(/[名期人次学时个]+$/, '');
  if (t === '') return { ok: true, value: undefined };
  if (field === 'hours') {
    if (!/^\d{1,4}(\.\d)?$/.test(t)) return { ok: false, message: '请填写学时数，如 35 或 35.5' };
  } else if (!/^\d{1,7}$/.test(t)) {
    return { ok: false, message: '请填写 0 或正整数' };
  }
  return { ok: true, value: Number(t) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The report saved with an assessment, keeping only well-typed fields: stored data is not
 * validated on read, and a malformed field must not break the page.
 */
export function reportOf(a: { report?: unknown }): AssessmentReport {
  const raw = isObject(a.report) ? a.report : {};
  const rawFacts = isObject(raw['facts']) ? raw['facts'] : {};
  const facts: ReportFacts = {};
  for (const k of NUMBER_FACTS) {
    const v = rawFacts[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) facts[k] = v;
  }
  for (const k of TEXT_FACTS) {
    const v = rawFacts[k];
    if (typeof v === 'string') facts[k] = v;
  }
  const used = rawFacts['ledgerUsed'];
  if (isObject(used)) {
    const kept: Partial<Record<NumberFact, LedgerUse>> = {};
    for (const k of NUMBER_FACTS) {
      const u = used[k];
      if (isObject(u) && typeof u['measure'] === 'string' && typeof u['value'] === 'number' && typeof u['asOf'] === 'string') kept[k] = { measure: u['measure'], value: u['value'], asOf: u['asOf'] };
    }
    facts.ledgerUsed = kept;
  }
  const edits: Record<string, string> = {};
  if (isObject(raw['edits'])) for (const [k, v] of Object.entries(raw['edits'])) if (typeof v === 'string') edits[k] = v;
  return { facts, edits };
}

export interface ReportPatch {
  /** undefined removes a fact. */
  facts?: { [K in keyof ReportFacts]?: ReportFacts[K] | undefined };
  /** null removes an edit (back to the drafted text). */
  edits?: Record<string, string | null>;
}

export function applyReportPatch(current: AssessmentReport, patch: ReportPatch): AssessmentReport {
  const facts: ReportFacts = { ...current.facts };
  for (const [k, v] of Object.entries(patch.facts ?? {}) as [keyof ReportFacts, unknown][]) {
    if (v === undefined) delete facts[k];
    else (facts as Record<string, unknown>)[k] = v;
  }
  const edits = { ...current.edits };
  for (const [k, v] of Object.entries(patch.edits ?? {})) {
    if (v === null) delete edits[k];
    else edits[k] = v;
  }
  return { facts, edits };
}
