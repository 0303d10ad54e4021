// The drafted report as data: the HTML preview and the Word file are both drawn from it.

/**
 * A body paragraph. A lead is a run-in heading in 公文 style: “（一）……。” (level 2, 楷体) or
 * “1.……。” (level 3, bold), followed by the paragraph's text; a lead with no text stands alone.
 */
export interface ReportParagraph {
  lead?: { level: 2 | 3; text: string };
  text: string;
}

export interface ReportColumn {
  title: string;
  /** Share of the table's width, in percent. */
  width: number;
  /** Numbers are centred; text columns read from the start. */
  center?: boolean;
}

export type ReportTableRow = { kind: 'group'; text: string } | { kind: 'cells'; cells: string[]; total?: boolean };

export interface ReportTable {
  caption: string;
  columns: ReportColumn[];
  rows: ReportTableRow[];
}

export type SectionId = 'opening' | 'basic' | 'practices' | 'problems' | 'measures' | 'next' | 'result';

export interface ReportSection {
  id: SectionId;
  /** 一级标题 such as “一、基本情况”; null for the opening paragraph. */
  heading: string | null;
  paragraphs: ReportParagraph[];
  /** Tables are data from the scores; edits replace the paragraphs only. */
  table?: ReportTable;
  edited: boolean;
}

export interface ReportModel {
  title: string;
  sections: ReportSection[];
  /** 附件说明, e.g. “附件：党支部党员教育培训工作自评表（自评结果）”. */
  annexNote: string;
  signature: { unit: string; date: string };
  annex: { title: string; meta: string; table: ReportTable };
  /** Suggested name for the downloaded file, without extension. */
  fileName: string;
}
