// Drafts the 自查评估报告 from a saved assessment and the facts the user gave, following the
// common skeleton of the model reports: 基本情况 → 主要做法 → 存在问题及原因 → 改进措施.
// Wording follows the result: no lost points gives 下一步打算 instead of an empty 存在问题.
import type { Checklist } from '../../schemas/checklist';
import type { Assessment } from '../../schemas/assessment';
import { formatCents } from '../scoring/cents';
import { scoreChecklist, type ChecklistScore } from '../scoring/score-checklist';
import type { ReportFacts } from './facts';
import { findings, type Findings } from './findings';
import type { ReportModel, ReportParagraph, ReportSection, SectionId } from './model';
import { measures, nextSteps, practices, problems } from './sections';
import { dimensionTable, annexTable } from './tables';
import { blank, listTitles, num, sentence } from './text';
import { chineseNumber } from '../text/chinese-number';

/** 《中国共产党党员教育管理工作条例》第二十条: 每年集中学习培训一般不少于32学时. */
const REQUIRED_HOURS = 32;
const TIAOLI = '《中国共产党党员教育管理工作条例》';

interface Ctx {
  checklist: Checklist;
  facts: ReportFacts;
  score: ChecklistScore;
  f: Findings;
  unit: string;
  period: string;
}

/** “2026” → “2026年度”; other wording (“2025年7月至2026年6月”) is kept as written. */
export function periodText(raw: string): string {
  const t = raw.trim();
  if (t === '') return blank('报告期');
  return /^\d{4}$/.test(t) ? `${t}年度` : t;
}

const given = (n: number | undefined, label: string) => (n === undefined ? blank(label) : num(n));

function overall(score: ChecklistScore, f: Findings): string {
  if (f.answered === 0) return '自评表尚未逐项填写，得分待完成自评后生成。';
  if (score.total === null) return '自评表的计分项目均不适用，没有计算总分。';
  const rest = f.unanswered.length ? `（尚有${f.unanswered.length}项未作答，按0分计）` : '';
  return `自评总分${formatCents(score.total)}分${rest}，等次为“${score.grade}”。`;
}

function opening(c: Ctx): ReportParagraph[] {
  return [{ text: `按照上级党组织关于开展党员教育培训工作自查评估的要求，${c.unit}对照《${c.checklist.title}》，对${c.period}党员教育培训工作逐项进行了自查。${overall(c.score, c.f)}现将有关情况报告如下。` }];
}

function basic({ facts, unit, period }: Ctx): ReportParagraph[] {
  const { members, sessions, attendance, hours } = facts;
  const perMember = members && attendance !== undefined ? `，平均每名党员参加${num(attendance / members)}次` : '';
  let verdict = '';
  if (hours !== undefined) {
    verdict = hours >= REQUIRED_HOURS
      ? `，达到${TIAOLI}规定的每年一般不少于${REQUIRED_HOURS}学时的要求`
      : `，比${TIAOLI}规定的每年一般不少于${REQUIRED_HOURS}学时的要求少${num(REQUIRED_HOURS - hours)}学时`;
  }
  const leaders = facts.leaders?.trim() ? sentence(facts.leaders) : `${blank('书记、委员参训情况')}。`;
  return [
    {
      text:
        `${unit}现有党员${given(members, '党员人数')}名。${period}，共组织党员集中培训${given(sessions, '培训期数')}期、` +
        `${given(attendance, '培训人次')}人次${perMember}；党员人均参加集中学习培训${given(hours, '人均学时')}学时${verdict}。`,
    },
    { text: `在骨干培训方面，${leaders}` },
  ];
}

function result({ checklist, score, f }: Ctx): ReportParagraph[] {
  if (f.answered === 0) return [{ text: `自评表共${score.count}项指标，尚未逐项填写。完成自评后，本部分列出总分、等次和各方面得分。` }];
  const parts = [`对照《${checklist.title}》逐项自评，${overall(score, f)}`];
  if (score.rescaled) parts.push(`其中${score.na}项不适用，适用项目合计${formatCents(score.applicableMax)}分，实得${formatCents(score.raw)}分，已按满分${checklist.total}分折算。`);
  if (score.bonus > 0) parts.push(`总分含加分${formatCents(score.bonus)}分。`);
  if (f.vetoes.length) parts.push(`因存在否决项${listTitles(f.vetoes.map((i) => i.title), true)}所列情形，等次按否决规定确定。`);
  parts.push('各方面得分见下表，逐项得分见附件。');
  return [{ text: parts.join('') }];
}

export function draftReport(checklist: Checklist, a: Assessment, facts: ReportFacts): ReportModel {
  const score = scoreChecklist(checklist, a.answers);
  const f = findings(checklist, a.answers);
  const unitName = facts.unit?.trim() || a.unit.trim();
  const unit = unitName || blank('单位名称');
  const period = periodText(facts.period?.trim() || a.period);
  const c: Ctx = { checklist, facts, score, f, unit, period };

  const clean = f.lost.length === 0 && f.unanswered.length === 0;
  const body: [SectionId, string, ReportParagraph[]][] = [
    ['basic', '基本情况', basic(c)],
    ['practices', '主要做法', practices(f, facts.highlights)],
  ];
  if (clean) body.push(['next', '下一步打算', nextSteps(period)]);
  else body.push(['problems', '存在问题及原因', problems(f)], ['measures', '改进措施', measures(f)]);
  body.push(['result', '自评结果', result(c)]);
  const sections: ReportSection[] = [
    { id: 'opening', heading: null, paragraphs: opening(c), edited: false },
    ...body.map(([id, title, paragraphs], i): ReportSection => ({ id, heading: `${chineseNumber(i + 1)}、${title}`, paragraphs, edited: false })),
  ];
  const resultSection = sections.find((s) => s.id === 'result')!;
  if (f.answered > 0) resultSection.table = dimensionTable(checklist, a, score);

  const annexTitle = `${checklist.title}（自评结果）`;
  const scored = f.answered > 0 && score.total !== null;
  const total = scored ? `${formatCents(score.total!)}分` : '—';
  const grade = scored ? score.grade : '—';
  return {
    title: `${unit}关于${period}党员教育培训工作的自查评估报告`,
    sections,
    annexNote: `附件：${annexTitle}`,
    signature: { unit, date: facts.date?.trim() || blank('成文日期') },
    annex: { title: annexTitle, meta: `填报单位：${unit}　报告期：${period}　自评总分：${total}　等次：${grade}`, table: annexTable(checklist, a, score) },
    fileName: `${unitName || '本单位'}-${period.replace(/【[^】]*】/g, '')}党员教育培训工作自查评估报告`.replace(/[\\/:*?"<>|\s]/g, '_'),
  };
}
