// Generates the Word file in Node and reads its word/document.xml back out of the zip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { draftReport } from '../../src/lib/report/draft';
import { packReport } from '../../src/lib/report/to-docx';
import { checklist, low } from './report-fixtures';

function unzipEntry(file: string, entry: string): string {
  try {
    return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 });
  } catch {
    const py = 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))';
    return execFileSync('python3', ['-c', py, file, entry], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 });
  }
}

/** The document's paragraphs as plain text, one a line (runs of a paragraph joined). */
const paragraphsOf = (xml: string) =>
  xml
    .split(/<w:p[ >]/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean);

const model = draftReport(checklist, { ...low, unit: '某某公司第二党支部' }, { members: 30, sessions: 8, attendance: 236, hours: 33, leaders: '书记参加区委党校轮训' });

let xml = '';
let fontTable = '';
let footer = '';
let styles = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
  const file = join(dir, 'report.docx');
  writeFileSync(file, await packReport(model, 'nodebuffer'));
  xml = unzipEntry(file, 'word/document.xml');
  fontTable = unzipEntry(file, 'word/fontTable.xml');
  footer = unzipEntry(file, 'word/footer1.xml') + unzipEntry(file, 'word/footer2.xml');
  styles = unzipEntry(file, 'word/styles.xml');
});

describe('生成的 Word 文件', () => {
  test('有单位名称、数字和每一部分的标题', () => {
    const text = paragraphsOf(xml);
    expect(text[0]).toBe('某某公司第二党支部关于2026年度党员教育培训工作的自查评估报告');
    const all = text.join('\n');
    for (const s of ['现有党员30名', '集中培训8期、236人次', '人均参加集中学习培训33学时', '书记参加区委党校轮训']) expect(all).toContain(s);
    for (const s of model.sections) if (s.heading) expect(text).toContain(s.heading);
    expect(text).toEqual(expect.arrayContaining(['一、基本情况', '二、主要做法', '三、存在问题及原因', '四、改进措施', '五、自评结果', '附件']));
    expect(all).toContain('（一）集中培训与学时方面');
    expect(text.filter((t) => t === '某某公司第二党支部')).toHaveLength(1);
  });

  test('A4，公文页边距，仿宋三号正文，标题小标宋，一级标题黑体，二级标题楷体', () => {
    const size = xml.match(/<w:pgSz [^>]*>/)![0];
    expect(size).toContain('w:w="11906"');
    expect(size).toContain('w:h="16838"');
    const twip = (mm: number) => String(Math.round((mm * 1440) / 25.4));
    const margin = xml.match(/<w:pgMar [^>]*>/)![0];
    for (const [side, mm] of [['top', 37], ['bottom', 35], ['left', 28], ['right', 26]] as const) expect(margin).toContain(`w:${side}="${twip(mm)}"`);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    const heading1 = styles.match(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/)![0];
    expect(heading1).toContain('w:eastAsia="黑体"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(xml).toContain('w:highlight w:val="yellow"');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  test('页脚有页码，表格有边框', () => {
    expect(footer).toContain('PAGE');
    expect(xml).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH w:val="single"/);
  });
});
