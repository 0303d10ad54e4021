import type { Assessment } from '../../schemas/assessment';
import { SCHEMA_VERSION } from '../../schemas/assessment-limits';

// The saved assessment's shape and its docs are in src/schemas/assessment.ts.
export type { Assessment } from '../../schemas/assessment';
export { SCHEMA_VERSION };

export function newAssessment(
  init: { checklistId: string; checklistVersion: number; unit: string; period: string },
  now: number,
  id: string,
): Assessment {
  return { schemaVersion: SCHEMA_VERSION, id, ...init, answers: {}, createdAt: now, updatedAt: now };
}

export const assessmentLabel = (a: Pick<Assessment, 'unit' | 'period'>) => `${a.unit || '（未填单位）'} · ${a.period}年度`;

/** The one id maker for assessments: time plus randomness, unique within a browser. */
export const newId = (now = Date.now()): string => `a${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Checks the 新建 form; returns what to tell the user, or null when it can start. */
export function newAssessmentProblem(unit: string, period: string): string | null {
  if (!unit.trim()) return '请填写单位名称';
  if (!/^\d{4}$/.test(period.trim())) return '年度请填写四位数字，如 2026';
  return null;
}
