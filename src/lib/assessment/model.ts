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
