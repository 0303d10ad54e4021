// Cell descriptors for write-excel-file. Every cell says its type: text (user notes included)
// is a String cell, never a formula, whatever it starts with; scores are Number cells.
import type { Cell } from './result-table';

export interface XlsxCell {
  value: string | number;
  type: StringConstructor | NumberConstructor;
  wrap?: boolean;
  fontWeight?: 'bold';
}

/** The first row is the header (bold); null cells stay empty. */
export function xlsxRows(rows: Cell[][], wrap = false): (XlsxCell | null)[][] {
  return rows.map((row, i) =>
    row.map((value) => {
      if (value === null) return null;
      const cell: XlsxCell = typeof value === 'number' ? { value, type: Number } : { value, type: String };
      if (wrap) cell.wrap = true;
      if (i === 0) cell.fontWeight = 'bold';
      return cell;
    }),
  );
}
