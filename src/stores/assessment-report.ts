import { applyReportPatch, reportOf, type ReportPatch } from '../lib/report/facts';
import { getAssessment, putAssessment } from './assessments';

// The report page's action, apart from the other assessment actions so that the checklist
// pages, which never edit a report, do not load the report's facts code.

/** Saves the report's facts and section edits with the assessment. */
export function updateReport(id: string, patch: ReportPatch): void {
  const a = getAssessment(id);
  if (a) putAssessment({ ...a, report: applyReportPatch(reportOf(a), patch), updatedAt: Date.now() });
}
