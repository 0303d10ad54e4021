import type { Assessment } from '../../schemas/assessment';
import { SCHEMA_VERSION } from '../../schemas/assessment-limits';

// Starting an assessment (开始填写 / 新建一份): loaded with the form that does it.

export function newAssessment(
  init: { checklistId: string; checklistVersion: number; unit: string; period: string },
  now: number,
  id: string,
): Assessment {
  return { schemaVersion: SCHEMA_VERSION, id, ...init, answers: {}, createdAt: now, updatedAt: now };
}

/** Checks the 新建 form; returns what to tell the user, or null when it can start. */
export function newAssessmentProblem(unit: string, period: string): string | null {
  if (!unit.trim()) return '请填写单位名称';
  if (!/^\d{4}$/.test(period.trim())) return '年度请填写四位数字，如 2026';
  return null;
}
