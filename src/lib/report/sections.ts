// The body sections drafted from the findings: 主要做法, 存在问题及原因, 改进措施 or 下一步打算.
import { formatCents } from '../scoring/cents';
import type { Findings, LostGroup, LostItem } from './findings';
import type { ReportParagraph } from './model';
import { blank, listTitles, sentence } from './text';
import { chineseNumber } from '../text/chinese-number';

/** The guide asks for three to five practices; the unit's own 特色做法 is always the last. */
const MAX_PRACTICE_GROUPS = 4;

const lead2 = (i: number, text: string): ReportParagraph['lead'] => ({ level: 2, text: `（${chineseNumber(i)}）${text}` });
const lead3 = (i: number, text: string): ReportParagraph['lead'] => ({ level: 3, text: `${i}.${text}` });

export function practices(f: Findings, highlights: string | undefined): ReportParagraph[] {
  const groups = f.good.slice(0, MAX_PRACTICE_GROUPS);
  const out: ReportParagraph[] = groups.map((g, i) => {
    const titles = g.items.map((x) => x.item.title);
    const notes = g.items.filter((x) => x.note).map((x) => `在${x.item.title}方面，${sentence(x.note)}`);
    const met = `${listTitles(titles, true)}${titles.length > 1 && titles.length <= 3 ? '均' : ''}达到评分标准。`;
    return { lead: lead2(i + 1, `${g.dim.title}方面。`), text: met + (notes.length ? notes.join('') : blank('本方面的具体做法、数字或事例')) };
  });
  if (out.length === 0) out.push({ text: blank('主要做法，写三到五条，每条写具体做法和数字或事例') });
  const lines = (highlights ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const n = groups.length + 1;
  out.push({ lead: lead2(n, '结合实际的特色做法。'), text: lines.length ? sentence(lines[0]!) : blank('特色做法') });
  for (const line of lines.slice(1)) out.push({ text: sentence(line) });
  return out;
}

function itemLead(i: number, x: LostItem, withLoss: boolean): ReportParagraph['lead'] {
  if (!withLoss) return lead3(i, `${x.item.title}。`);
  return lead3(i, `${x.item.title}（${x.veto ? '否决项' : `失${formatCents(x.lost)}分`}）。`);
}

/** One block per dimension, one numbered paragraph per item, for problems and for measures alike. */
function grouped(groups: LostGroup[], body: (x: LostItem) => string, withLoss: boolean): ReportParagraph[] {
  return groups.flatMap((g, gi) => [
    { lead: lead2(gi + 1, `${g.dim.title}方面`), text: '' },
    ...g.items.map((x, i) => ({ lead: itemLead(i + 1, x, withLoss), text: body(x) })),
  ]);
}

function unansweredNote(f: Findings): string {
  if (f.unanswered.length === 0) return '';
  return `自评表还有${f.unanswered.length}项指标未作答（${listTitles(f.unanswered.map((i) => i.title), true)}），完成自评后应据实补充查找问题。`;
}

export function problems(f: Findings): ReportParagraph[] {
  if (f.lost.length === 0) {
    const none = f.answered > 0 ? '已作答的指标中没有发现失分项。' : '';
    return [{ text: unansweredNote(f) + none }, { text: blank('存在问题及原因') }];
  }
  const parts: string[] = [];
  if (f.lostCount > 0) parts.push(`有${f.lostCount}项指标失分，合计失${formatCents(f.lostTotal)}分`);
  if (f.vetoes.length > 0) parts.push(`存在否决项${listTitles(f.vetoes.map((i) => i.title), true)}所列情形`);
  const intro = `对照自评表逐项查找，${parts.join('，')}。主要问题和原因如下。${unansweredNote(f)}`;
  return [{ text: intro }, ...grouped(f.lost, (x) => x.item.problem + (x.note ? `自查情况：${sentence(x.note)}` : ''), true)];
}

export function measures(f: Findings): ReportParagraph[] {
  if (f.lost.length === 0) return [{ text: blank('改进措施，与存在的问题逐条对应') }];
  return [{ text: '针对上述问题，逐条明确以下改进措施。' }, ...grouped(f.lost, (x) => x.item.measure, false)];
}

/** For a unit with no lost points: say so, then what it will keep doing. */
export function nextSteps(period: string): ReportParagraph[] {
  return [
    { text: `对照自评表逐项自查，${period}各项指标均达到评分标准，没有失分项。下一步，我们将重点做好以下工作。` },
    { lead: lead2(1, '保持学习制度常态长效。'), text: '继续按年度计划落实集中学习和学时登记，每季度检查一次计划执行情况，防止学习时紧时松。' },
    { lead: lead2(2, '提高教育培训针对性。'), text: '年初了解党员学习需求，对在职、离退休、流动党员分别安排学习内容和方式，让每名党员学有所获。' },
    { lead: lead2(3, '用好自评成果。'), text: '把本次自查中行之有效的做法固化为制度，明年继续对照自评表开展自查，查找新的差距。' },
  ];
}
