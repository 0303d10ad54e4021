// Excel and CSV downloads of one assessment. The Excel writer is fetched only on click.
import type { SheetData } from 'write-excel-file/browser';
import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { resultRows, toCsv } from '../../../lib/assessment/result-table';
import { downloadText } from './download';

const baseName = (a: Assessment, c: Checklist) => `${a.unit}-${a.period}年度-${c.title}`.replace(/[\\/:*?"<>|]/g, '_');

export async function downloadExcel(a: Assessment, c: Checklist): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const rows: SheetData = resultRows(c, a).map((r, i) =>
    r.map((value) => (value === null ? null : { value, wrap: true, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  await writeXlsxFile(rows, { sheet: '自评结果', columns: [12, 24, 6, 40, 18, 8, 8, 30, 30].map((width) => ({ width })) }).toFile(`${baseName(a, c)}.xlsx`);
}

export function downloadCsv(a: Assessment, c: Checklist): void {
  downloadText(`${baseName(a, c)}.csv`, toCsv(resultRows(c, a)), 'text/csv;charset=utf-8');
}
