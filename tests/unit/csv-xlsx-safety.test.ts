// Exports must be safe to open: a note such as "=HYPERLINK(…)" from another unit's file stays
// text in Excel and WPS, in the CSV (leading apostrophe) and in the .xlsx (a String cell).
import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/assessment/csv';
import { xlsxRows } from '../../src/lib/assessment/xlsx-cells';

describe('CSV：可能被当作公式的单元格前加撇号', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+86 123', "'+86 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('%j → %j', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  test('回车开头的单元格加撇号后仍按 CSV 规则加引号', () => {
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  test('逗号、引号照常转义；普通文字和本站算出的数字不变', () => {
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('已制定计划')).toBe('已制定计划');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['=1', 2]])).toBe("\uFEFF'=1,2\r\n");
  });
});

describe('Excel：用户文字写成文本单元格，不写公式', () => {
  test('每个单元格都标明类型：文字为 String，分数为 Number；空单元格留空', () => {
    const rows = xlsxRows([['说明', '自评分'], ['=HYPERLINK("http://x")', 1.88], ['@x', null]], true);
    expect(rows[1]).toEqual([
      { value: '=HYPERLINK("http://x")', type: String, wrap: true },
      { value: 1.88, type: Number, wrap: true },
    ]);
    expect(rows[2]).toEqual([{ value: '@x', type: String, wrap: true }, null]);
    expect(rows[0]![0]).toEqual({ value: '说明', type: String, wrap: true, fontWeight: 'bold' });
    for (const cell of rows.flat()) expect(cell?.type).not.toBe('Formula');
  });
});
