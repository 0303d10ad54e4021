import type { Assessment } from '../lib/assessment/model';
import { getAssessment, putAssessment } from './assessments';

// The 整改清单's action (对比与整改清单 page), apart from the assessment actions every page loads.

/** Saves the user's edits to one row of the 整改清单; fields not given stay as they were. */
export function updateRectification(id: string, itemId: string, patch: NonNullable<Assessment['rectification']>[string]): void {
  const a = getAssessment(id);
  if (!a) return;
  const rectification = { ...a.rectification, [itemId]: { ...a.rectification?.[itemId], ...patch } };
  putAssessment({ ...a, rectification, updatedAt: Date.now() });
}
