// The export file: one assessment as JSON with a format tag and schema version.
import type { Checklist } from '../../schemas/checklist';
import { SCHEMA_VERSION, type Assessment } from './model';

export const FORMAT = 'dyjy-assessment';

export function exportText(a: Assessment, checklist: Pick<Checklist, 'title'>): string {
  const file = { format: FORMAT, schemaVersion: SCHEMA_VERSION, checklistTitle: checklist.title, exportedAt: new Date().toISOString(), assessment: a };
  return JSON.stringify(file, null, 2);
}

/** A download's name without extension: unit, year and checklist, safe on Windows. */
export const fileBase = (a: Pick<Assessment, 'unit' | 'period'>, checklist: Pick<Checklist, 'title'>) =>
  `${a.unit}-${a.period}年度-${checklist.title}`.replace(/[\\/:*?"<>|]/g, '_');

export const exportFileName = (a: Assessment, checklist: Pick<Checklist, 'title'>) => `${fileBase(a, checklist)}.json`;
