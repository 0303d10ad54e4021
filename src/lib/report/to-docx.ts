// The report as a Word document laid out like a 公文 (GB/T 9704): A4, 上37 下35 左28 右26 mm,
// title in 方正小标宋简体 二号, body 仿宋_GB2312 三号 with a fixed 29pt line, headings 一、 in 黑体 and
// （一） in 楷体, page numbers “— 1 —” in the footer. The UI loads this module only on click.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { ReportModel, ReportParagraph, ReportTable } from './model';
import { splitMarkers } from './text';

const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', pageNo: '宋体' } as const;

/**
 * Word has no font fallback list in a run; it falls back through the font table's altName when a
 * font is missing. Computers without the GB2312 fonts of older Windows still have 宋体, 仿宋, 黑体, 楷体.
 */
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[
  [FONTS.title, '宋体', 'roman'],
  [FONTS.body, '仿宋', 'modern'],
  [FONTS.h1, 'SimHei', 'modern'],
  [FONTS.h2, '楷体', 'modern'],
  [FONTS.pageNo, 'SimSun', 'auto'],
]
  .map(([name, alt, family]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`)
  .join('')}<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

export const PACK_OVERRIDES = [{ path: 'word/fontTable.xml', data: FONT_TABLE }];

/** Chinese text in the named font; digits and Latin letters in Times New Roman, as in 公文. */
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia, hint: 'eastAsia' });

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 1 twip short). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const PT = 2; // docx sizes are in half-points
const BODY = 16 * PT; // 三号
const LINE = 580; // a fixed 29pt line: 22 lines to the 225mm type area
const INDENT = { firstLineChars: 200, firstLine: 640 }; // 首行缩进二字
const TEXT_WIDTH = mm(210 - 28 - 26);

const body = (p: IParagraphOptions = {}): IParagraphOptions => ({
  alignment: AlignmentType.JUSTIFIED,
  spacing: { line: LINE, lineRule: LineRuleType.EXACT },
  indent: INDENT,
  ...p,
});

/** Text with its 【待填写：…】 blanks highlighted, so none is missed before printing. */
const runs = (text: string, extra: { font?: ReturnType<typeof font>; bold?: boolean; size?: number } = {}) =>
  splitMarkers(text).map((part) => new TextRun({ text: part.text, ...extra, ...(part.marker ? { highlight: 'yellow' as const } : {}) }));

function paragraph(p: ReportParagraph): Paragraph {
  const lead = p.lead ? (p.lead.level === 2 ? runs(p.lead.text, { font: font(FONTS.h2) }) : runs(p.lead.text, { bold: true })) : [];
  // A heading line on its own stays with the paragraph after it.
  return new Paragraph(body({ keepNext: p.lead && p.text === '' ? true : undefined, children: [...lead, ...runs(p.text)] }));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(text: string, opts: { size: number; bold?: boolean; center?: boolean; span?: number; width: number }): TableCell {
  const lines = text === '' ? [''] : text.split(/\r?\n/);
  return new TableCell({
    columnSpan: opts.span,
    width: { size: opts.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: runs(line, { size: opts.size, bold: opts.bold }),
        }),
    ),
  });
}

function table(t: ReportTable, size: number): Table {
  const widths = t.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / 100));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.title, { size, bold: true, center: true, width: widths[i]! })),
  });
  const rows = t.rows.map((r) =>
    r.kind === 'group'
      ? new TableRow({ cantSplit: true, children: [cell(r.text, { size, bold: true, span: t.columns.length, width: TEXT_WIDTH })] })
      : new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, { size, bold: r.total, center: t.columns[i]?.center, width: widths[i]! })) }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, rows: [header, ...rows] });
}

const caption = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 120 }, children: runs(text, { font: font(FONTS.h1), size: 14 * PT }) });

/** 公文 page numbers: odd pages on the right, even pages on the left, one character in from the edge. */
const pageNumber = (side: 'odd' | 'even') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNo), size: 14 * PT })],
      }),
    ],
  });

const empty = () => new Paragraph(body({ children: [] }));

export function reportDocument(model: ReportModel): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
      children: runs(model.title, { font: font(FONTS.title), size: 22 * PT }),
    }),
  ];
  for (const s of model.sections) {
    if (s.heading) children.push(new Paragraph(body({ heading: HeadingLevel.HEADING_1, keepNext: true, children: runs(s.heading) })));
    children.push(...s.paragraphs.map(paragraph));
    if (s.table) children.push(caption(s.table.caption), table(s.table, 12 * PT));
  }
  // 附件说明 and 落款 (右空二字) are kept together, so the signature never stands alone on a page.
  const right = (text: string, keepNext?: true) => new Paragraph(body({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, keepNext, children: runs(text) }));
  children.push(
    empty(),
    new Paragraph(body({ keepNext: true, children: runs(model.annexNote) })),
    new Paragraph(body({ keepNext: true, children: [] })),
    right(model.signature.unit, true),
    right(model.signature.date),
  );

  // 附件 on a page of its own: the label top left in 黑体, its title centred, then the full score table.
  children.push(
    new Paragraph({ pageBreakBefore: true, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: runs('附件', { font: font(FONTS.h1) }) }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: runs(model.annex.title, { font: font(FONTS.title), size: 18 * PT }) }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: runs(model.annex.meta, { size: 10.5 * PT }) }),
    table(model.annex.table, 10.5 * PT),
  );

  return new Document({
    title: model.title,
    creator: model.signature.unit.replace(/【[^】]*】/g, '') || '党员教育培训工作指南',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: BODY, language: { value: 'en-US', eastAsia: 'zh-CN' } }, paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } } },
        heading1: { run: { font: font(FONTS.h1), size: BODY, bold: false, color: '000000' }, paragraph: { spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.EXACT }, outlineLevel: 0 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
          },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children,
      },
    ],
  });
}

/** Packs the report; `blob` in the browser, `nodebuffer` in Node. */
export function packReport<T extends 'blob' | 'nodebuffer'>(model: ReportModel, type: T) {
  return Packer.pack(reportDocument(model), type, false, PACK_OVERRIDES);
}
