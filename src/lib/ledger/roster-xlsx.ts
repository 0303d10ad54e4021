// The first sheet of an .xlsx roster as rows of cells. The reader is fetched only when a file is
// chosen; its "universal" build runs without a Web Worker (the site's CSP allows no blob: workers).
import type { RawCell } from './roster-cells';

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

export type SheetRead = { ok: true; rows: RawCell[][] } | { ok: false; message: string };

export async function readRosterSheet(data: ArrayBuffer): Promise<SheetRead> {
  if (data.byteLength > MAX_ROSTER_BYTES) return { ok: false, message: '文件超过 5 MB，不像是一份党员名册。请确认选择的文件。' };
  const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  // .xlsx is a zip archive ("PK"); the old .xls format starts with D0 CF 11 E0.
  if (head[0] === 0xd0 && head[1] === 0xcf) return { ok: false, message: '这是旧版 Excel（.xls）文件，无法直接读取。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再选择。' };
  if (head[0] !== 0x50 || head[1] !== 0x4b) return { ok: false, message: '文件不是 Excel 表格（.xlsx）。请选择 .xlsx 文件，或从表格中复制名册粘贴到上面的文本框。' };
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const rows = await readSheet(data);
    return { ok: true, rows: rows as RawCell[][] };
  } catch {
    return { ok: false, message: '文件无法按 Excel 表格读取，可能已损坏或被加密。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。' };
  }
}
