// One assessment as a table (for Excel and CSV): an item a row, with rule, answer, scores,
// note and evidence, then the dimension subtotals and the total.
import type { Assessment } from '../../schemas/assessment';
import type { Checklist } from '../../schemas/checklist';
import { centsToPoints, toCents } from '../scoring/cents';
import { describeRule } from '../scoring/describe-rule';
import { dimensionReview } from '../scoring/score-checklist';
import { itemRows } from './item-rows';

export type Cell = string | number | null;

export const RESULT_HEADER = ['一级指标', '二级指标', '分值', '评分标准', '自评情况', '自评分', '考核分', '说明', '佐证材料'];

const number = (cents: number | null) => (cents === null ? null : centsToPoints(cents));

export function resultRows(checklist: Checklist, a: Assessment): Cell[][] {
  const rows: Cell[][] = [RESULT_HEADER];
  const { dimensions, score } = itemRows(checklist, a);
  for (const dim of dimensions) {
    for (const r of dim.rows) {
      const evidence = r.evidence.map((e) => `${e.ready ? '已备' : '缺'}：${e.hint}${e.location ? `（${e.location}）` : ''}`).join('\n');
      rows.push([
        dim.title,
        r.item.title,
        r.veto ? '否决项' : number(toCents(r.item.points)),
        `${r.item.standard} ${describeRule(r.item)}`,
        r.answerText,
        number(r.self),
        number(r.review),
        r.note,
        evidence,
      ]);
    }
    const d = dim.score;
    rows.push([dim.title, '小计', number(d.max), '', `已答 ${d.answered}/${d.count}`, number(d.cents), number(dimensionReview(d)), '', '']);
  }
  rows.push([
    '总分',
    score.grade ? `等次：${score.grade}` : '',
    checklist.total,
    score.rescaled ? `有不适用项，已按满分 ${checklist.total} 分折算` : '',
    `已答 ${score.answered}/${score.count}`,
    number(score.total),
    number(score.reviewTotal),
    '',
    '',
  ]);
  return rows;
}
