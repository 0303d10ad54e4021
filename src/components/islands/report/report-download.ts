// The Word download. The docx writer is large, so it is fetched only when the button is clicked.
import type { ReportModel } from '../../../lib/report/model';
import { downloadBlob } from '../checklist/download';
import { printPart } from '../print';

export async function downloadWord(model: ReportModel): Promise<void> {
  const { packReport } = await import('../../../lib/report/to-docx');
  downloadBlob(`${model.fileName}.docx`, await packReport(model, 'blob'));
}

/** Prints only the report preview (see report.css). */
export const printReport = () => printPart('report');
