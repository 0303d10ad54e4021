import { newId, type Assessment } from '../lib/assessment/model';
import { newAssessment, newAssessmentProblem } from '../lib/assessment/new-assessment';
import type { Checklist } from '../schemas/checklist';
import { putAssessment } from './assessments';
import { $currentId } from './checklist-session';

// Starting an assessment, apart from the other actions: its code loads with the form (CreateForm).

export function createAssessment(init: Parameters<typeof newAssessment>[0]): Assessment {
  const a = newAssessment(init, Date.now(), newId());
  putAssessment(a);
  return a;
}

/** 开始填写: checks the form, creates the assessment and opens it; returns a problem to show, or null. */
export function startAssessment(checklist: Checklist, unit: string, period: string): string | null {
  const problem = newAssessmentProblem(unit, period);
  if (problem) return problem;
  const a = createAssessment({ checklistId: checklist.id, checklistVersion: checklist.version, unit: unit.trim(), period: period.trim() });
  $currentId.set(a.id);
  return null;
}
