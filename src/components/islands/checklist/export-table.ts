// The downloads of one assessment (file, Excel, CSV). Loaded on the first click, not with the page.
import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { toCsv } from '../../../lib/assessment/csv';
import { exportFileName, exportText, fileBase } from '../../../lib/assessment/export-file';
import { resultRows } from '../../../lib/assessment/result-table';
import { downloadText } from './download';
import { downloadSheet } from './sheet-download';

export const downloadJson = (a: Assessment, c: Checklist) => downloadText(exportFileName(a, c), exportText(a, c));

export const downloadExcel = (a: Assessment, c: Checklist) =>
  downloadSheet(resultRows(c, a), `${fileBase(a, c)}.xlsx`, '自评结果', { wrap: true, widths: [12, 24, 6, 40, 18, 8, 8, 30, 30] });

export function downloadCsv(a: Assessment, c: Checklist): void {
  downloadText(`${fileBase(a, c)}.csv`, toCsv(resultRows(c, a)), 'text/csv;charset=utf-8');
}
