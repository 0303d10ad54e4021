// The two tables of the report: per-dimension scores (自评结果) and the full score table (附件).
import type { Checklist } from '../../schemas/checklist';
import type { Assessment } from '../../schemas/assessment';
import { itemRows } from '../assessment/item-rows';
import { centsOrDash, formatCents } from '../scoring/cents';
import { lostPoints } from '../scoring/item-score';
import type { ChecklistScore } from '../scoring/score-checklist';
import type { ReportTable } from './model';

const pct = (cents: number, max: number) => (max > 0 ? `${Math.round((cents * 1000) / max) / 10}%` : '—');

export function dimensionTable(checklist: Checklist, a: Assessment, score: ChecklistScore): ReportTable {
  const rows: ReportTable['rows'] = checklist.dimensions.map((dim, i) => {
    const d = score.dimensions[i]!;
    const lost = dim.items.filter((item) => item.rule.kind !== 'veto' && lostPoints(item, a.answers[item.id])).length;
    return { kind: 'cells', cells: [dim.title, formatCents(d.max), formatCents(d.cents), pct(d.cents, d.max), String(lost)] };
  });
  const total = centsOrDash(score.total);
  rows.push({ kind: 'cells', total: true, cells: ['合计', formatCents(score.applicableMax), formatCents(score.raw), pct(score.raw, score.applicableMax), ''] });
  if (score.rescaled || score.bonus > 0) {
    const how = [score.rescaled ? `按满分${checklist.total}分折算` : '', score.bonus > 0 ? `含加分${formatCents(score.bonus)}分` : ''].filter(Boolean).join('，');
    rows.push({ kind: 'cells', total: true, cells: [`自评总分（${how}）`, String(checklist.total), total, '', ''] });
  }
  return {
    caption: '各方面自评得分',
    columns: [
      { title: '方面（一级指标）', width: 40 },
      { title: '适用分值', width: 15, center: true },
      { title: '自评得分', width: 15, center: true },
      { title: '得分率', width: 15, center: true },
      { title: '失分项数', width: 15, center: true },
    ],
    rows,
  };
}

export function annexTable(checklist: Checklist, a: Assessment, score: ChecklistScore): ReportTable {
  const rows: ReportTable['rows'] = [];
  for (const dim of itemRows(checklist, a).dimensions) {
    rows.push({ kind: 'group', text: `${dim.title}（小计 ${formatCents(dim.score.cents)} / ${formatCents(dim.score.max)} 分）` });
    for (const r of dim.rows) {
      rows.push({ kind: 'cells', cells: [r.item.title, r.pointsText, r.answerText, centsOrDash(r.self), r.note.trim()] });
    }
  }
  // Nothing answered yet: no total or grade to claim.
  const scored = score.answered > 0 && score.total !== null;
  rows.push({
    kind: 'cells',
    total: true,
    cells: [`自评总分${scored ? `（等次：${score.grade}）` : ''}`, String(checklist.total), `已答 ${score.answered}/${score.count} 项`, scored ? formatCents(score.total!) : '—', ''],
  });
  return {
    caption: '自评得分表',
    columns: [
      { title: '指标', width: 29 },
      { title: '分值', width: 8, center: true },
      { title: '自评情况', width: 24 },
      { title: '自评分', width: 10, center: true },
      { title: '说明', width: 29 },
    ],
    rows,
  };
}
