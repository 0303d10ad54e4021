import type { Item } from '../../schemas/checklist';
import { formatCents, toCents } from './cents';

const pts = (n: number) => formatCents(toCents(n));

/** The scoring rule of an item in plain words, for the form and the printed sheets. */
export function describeRule(item: Item): string {
  const r = item.rule;
  switch (r.kind) {
    case 'check':
      return `完成得 ${pts(item.points)} 分，部分完成得 ${pts(item.points * r.partialRatio)} 分，未完成不得分。`;
    case 'levels':
      return r.levels.map((l) => `${l.label} ${pts(l.points)} 分`).join('，') + '。';
    case 'deduct':
      return `应开展 ${r.required} ${r.unit}，每少 1 ${r.unit}扣 ${pts(r.per)} 分，扣完为止。`;
    case 'ratio':
      return `达标率 ${r.target}% 得满分，每低 1 个百分点扣 ${pts(r.perPercent)} 分，扣完为止。`;
    case 'bonus':
      return `加分项：每${r.unit}加 ${pts(r.per)} 分，最多加 ${pts(item.points)} 分，计在满分之外。`;
    case 'veto':
      return `否决项：存在此情形的，总评等次不高于“${r.capGrade}”。`;
  }
}
