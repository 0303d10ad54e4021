// One assessment as a table (for Excel and CSV): an item a row, with rule, answer, scores,
// note and evidence, then the dimension subtotals and the total.
import type { Checklist, Item } from '../../schemas/checklist';
import type { Answer } from '../scoring/answer';
import { formatCents, toCents } from '../scoring/cents';
import { describeRule } from '../scoring/describe-rule';
import { scoreItem } from '../scoring/item-score';
import { scoreChecklist } from '../scoring/score-checklist';
import type { Assessment } from './model';

export type Cell = string | number | null;

export const RESULT_HEADER = ['一级指标', '二级指标', '分值', '评分标准', '自评情况', '自评分', '考核分', '说明', '佐证材料'];

const CHECK_TEXT = { done: '完成', partial: '部分完成', none: '未完成' } as const;

export function answerText(item: Item, a: Answer | undefined): string {
  if (typeof a?.na === 'string' && a.na.trim()) return `不适用（${a.na}）`;
  const v = a?.value;
  if (v === undefined) return '未作答';
  const r = item.rule;
  switch (r.kind) {
    case 'check':
      return CHECK_TEXT[v as keyof typeof CHECK_TEXT] ?? '未作答';
    case 'levels':
      return r.levels[v as number]?.label ?? '未作答';
    case 'deduct':
      return `开展 ${v} ${r.unit}（应 ${r.required} ${r.unit}）`;
    case 'bonus':
      return `${v} ${r.unit}`;
    case 'ratio':
      return `达标率 ${v}%`;
    case 'veto':
      return v ? '存在此情形' : '不存在此情形';
  }
}

const points = (n: number) => Number(formatCents(toCents(n)));

export function resultRows(checklist: Checklist, a: Assessment): Cell[][] {
  const rows: Cell[][] = [RESULT_HEADER];
  const score = scoreChecklist(checklist, a.answers);
  checklist.dimensions.forEach((dim, di) => {
    for (const item of dim.items) {
      const ans = a.answers[item.id];
      const r = scoreItem(item, ans);
      const evidence = item.evidence
        .map((hint, i) => {
          const e = ans?.evidence?.[i];
          return `${e?.ready ? '已备' : '缺'}：${hint}${e?.location ? `（${e.location}）` : ''}`;
        })
        .join('\n');
      rows.push([
        dim.title,
        item.title,
        item.rule.kind === 'veto' ? '否决项' : points(item.points),
        `${item.standard} ${describeRule(item)}`,
        answerText(item, ans),
        r.status === 'scored' && item.rule.kind !== 'veto' ? Number(formatCents(r.cents)) : null,
        ans?.review ?? null,
        ans?.note ?? '',
        evidence,
      ]);
    }
    const d = score.dimensions[di]!;
    rows.push([dim.title, '小计', Number(formatCents(d.max)), '', `已答 ${d.answered}/${d.count}`, Number(formatCents(d.cents)), Number(formatCents(d.review)), '', '']);
  });
  rows.push([
    '总分',
    score.grade ? `等次：${score.grade}` : '',
    checklist.total,
    score.rescaled ? `有不适用项，已按满分 ${checklist.total} 分折算` : '',
    `已答 ${score.answered}/${score.count}`,
    score.total === null ? null : Number(formatCents(score.total)),
    score.reviewTotal === null ? null : Number(formatCents(score.reviewTotal)),
    '',
    '',
  ]);
  return rows;
}

/** CSV with a BOM so Excel on Chinese Windows opens it as UTF-8. */
export function toCsv(rows: Cell[][]): string {
  const cell = (c: Cell) => {
    const s = c === null ? '' : String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
