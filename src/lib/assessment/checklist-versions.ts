// When a checklist is revised, saved answers follow their item ids; the user is told which
// items are new (unanswered) and which no longer exist (their answers are kept, not scored).
import type { Checklist } from '../../schemas/checklist';
import type { Assessment } from './model';

export interface VersionChange {
  added: { id: string; title: string }[];
  removedIds: string[];
}

export function checklistChange(a: Assessment, checklist: Checklist): VersionChange | null {
  if (a.checklistVersion === checklist.version) return null;
  const items = checklist.dimensions.flatMap((d) => d.items);
  const ids = new Set(items.map((i) => i.id));
  return {
    added: items.filter((i) => !(i.id in a.answers)).map((i) => ({ id: i.id, title: i.title })),
    removedIds: Object.keys(a.answers).filter((id) => !ids.has(id)),
  };
}

/** Marks an assessment as read against the current version; answers are untouched. */
export const acceptChecklistVersion = (a: Assessment, checklist: Checklist, now: number): Assessment => ({
  ...a,
  checklistVersion: checklist.version,
  updatedAt: now,
});
