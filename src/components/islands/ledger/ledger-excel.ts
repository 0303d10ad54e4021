// Excel downloads of the 学时登记表 and the activity list. The writer is fetched only on click.
import type { SheetData } from 'write-excel-file/browser';
import type { Ledger } from '../../../schemas/ledger';
import type { MemberHoursRow } from '../../../lib/ledger/hours';
import { activityListRows, hoursSheetRows, type ExportRow } from '../../../lib/ledger/export-rows';
import { downloadBlob } from '../checklist/download';

/** Cells for write-excel-file: text always as a string cell (never a formula), numbers as numbers. */
export function toSheetData(rows: readonly ExportRow[]): SheetData {
  return rows.map((r, i) =>
    r.map((c) => {
      if (c === null) return null;
      const bold = i === 0 ? { fontWeight: 'bold' as const } : {};
      return 'text' in c ? { value: c.text, type: String, wrap: true, ...bold } : { value: c.number, type: Number, ...bold };
    }),
  );
}

const base = (l: Ledger) => `${l.meta.unit.trim() || '党支部'}-${l.meta.year}年度`.replace(/[\\/:*?"<>|]/g, '_');

async function save(rows: ExportRow[], sheet: string, widths: number[], name: string) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(toSheetData(rows), { sheet, columns: widths.map((width) => ({ width })) }).toBlob();
  downloadBlob(name, blob);
}

export function downloadHoursExcel(ledger: Ledger, rows: readonly MemberHoursRow[]): Promise<void> {
  return save(hoursSheetRows(rows), '学时登记表', [5, 10, 12, 12, ...Array<number>(12).fill(5), 8, 16, 14], `${base(ledger)}-党员学时登记表.xlsx`);
}

export function downloadActivitiesExcel(ledger: Ledger): Promise<void> {
  return save(activityListRows(ledger), '组织生活和学习记录', [11, 10, 30, 12, 6, 10, 12, 6, 6, 6, 6, 30, 30, 20, 20], `${base(ledger)}-组织生活和学习记录.xlsx`);
}
