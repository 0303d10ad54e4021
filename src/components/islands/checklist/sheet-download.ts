// Writes rows to an .xlsx download. The Excel writer is fetched only on click.
import type { Cell } from '../../../lib/assessment/result-table';
import { xlsxRows } from '../../../lib/assessment/xlsx-cells';

export async function downloadSheet(rows: Cell[][], file: string, sheet: string, options: { wrap?: boolean; widths?: number[] } = {}): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const columns = options.widths?.map((width) => ({ width }));
  await writeXlsxFile(xlsxRows(rows, options.wrap), { sheet, ...(columns ? { columns } : {}) }).toFile(file);
}
