import type { Assessment } from '../../schemas/assessment';
import { SCHEMA_VERSION } from '../../schemas/assessment-limits';

// The saved assessment's shape and its docs are in src/schemas/assessment.ts.
export type { Assessment } from '../../schemas/assessment';
export { SCHEMA_VERSION };

export const assessmentLabel = (a: Pick<Assessment, 'unit' | 'period'>) => `${a.unit || '（未填单位）'} · ${a.period}年度`;

/** The one id maker for assessments: time plus randomness, unique within a browser. */
export const newId = (now = Date.now()): string => `a${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
