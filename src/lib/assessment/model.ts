import type { Answers } from '../scoring/answer';
import type { AssessmentReport } from '../report/facts';

/** Version of the stored/exported assessment shape; older ones are migrated on read. */
export const SCHEMA_VERSION = 1;

export interface Assessment {
  schemaVersion: number;
  id: string;
  checklistId: string;
  checklistVersion: number;
  /** 填报单位 */
  unit: string;
  /** 年度, e.g. "2026" */
  period: string;
  answers: Answers;
  /** The report's facts and section edits (写报告); optional so earlier data and files still read. */
  report?: AssessmentReport;
  createdAt: number;
  updatedAt: number;
  /** 整改清单 edits by item id (问题 / 整改措施 / 责任人 / 完成时限 / 完成情况). */
  rectification?: Record<string, Partial<Record<'problem' | 'measure' | 'owner' | 'deadline' | 'status', string>>>;
}

export function newAssessment(
  init: { checklistId: string; checklistVersion: number; unit: string; period: string },
  now: number,
  id: string,
): Assessment {
  return { schemaVersion: SCHEMA_VERSION, id, ...init, answers: {}, createdAt: now, updatedAt: now };
}

export const assessmentLabel = (a: Pick<Assessment, 'unit' | 'period'>) => `${a.unit || '（未填单位）'} · ${a.period}年度`;
