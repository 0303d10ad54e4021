import type { Checklist } from '../../schemas/checklist';
import { isMeasureId, MEASURES } from '../ledger/measures';
import { formatCents, toCents } from './cents';

/**
 * Cross-field checks a schema cannot express. Returns Chinese messages that name the item,
 * so a broken checklist fails the build with a message an editor can act on.
 * With requirementIds null the basis references are not checked (the schema stage, before
 * requirements are loaded).
 */
export function validateChecklist(checklist: Checklist, requirementIds: ReadonlySet<string> | null): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let regular = 0;
  const gradeLabels = new Set(checklist.grades.map((g) => g.label));
  if (gradeLabels.size !== checklist.grades.length) problems.push('等次名称重复');

  for (const dim of checklist.dimensions) {
    if (seen.has(dim.id)) problems.push(`一级指标 id 重复：${dim.id}`);
    seen.add(dim.id);
    for (const item of dim.items) {
      const at = `指标 ${item.id}（${item.title}）`;
      if (seen.has(item.id)) problems.push(`${at}：id 重复`);
      seen.add(item.id);
      const max = toCents(item.points);
      const rule = item.rule;
      if (rule.kind === 'levels') {
        const top = Math.max(...rule.levels.map((l) => toCents(l.points)));
        if (top !== max) problems.push(`${at}：最高档 ${formatCents(top)} 分与分值 ${item.points} 分不一致`);
      }
      if (rule.kind === 'deduct' && toCents(rule.per) > max) problems.push(`${at}：每次扣分大于分值`);
      if (rule.kind === 'ratio' && toCents(rule.perPercent) > max) problems.push(`${at}：每个百分点扣分大于分值`);
      if (rule.kind === 'bonus' && toCents(rule.per) > max) problems.push(`${at}：每项加分大于加分上限`);
      if (rule.kind === 'veto') {
        if (max !== 0) problems.push(`${at}：一票否决项的分值必须为 0`);
        if (!gradeLabels.has(rule.capGrade)) problems.push(`${at}：否决后的等次“${rule.capGrade}”不在等次表中`);
      }
      if (rule.kind !== 'bonus' && rule.kind !== 'veto') regular += max;
      if (item.ledger !== undefined) {
        if (!isMeasureId(item.ledger)) problems.push(`${at}：ledger 写的“${item.ledger}”不是台账能提供的数字（见 src/lib/ledger/measures.ts）`);
        else {
          const percent = MEASURES[item.ledger].unit === '%';
          if (rule.kind === 'ratio' ? !percent : rule.kind !== 'deduct' || percent) {
            problems.push(`${at}：台账数字“${item.ledger}”（${MEASURES[item.ledger].unit}）不能填入${rule.kind === 'ratio' ? '比例' : '这种计分方式'}的指标`);
          }
        }
      }
      for (const id of item.basis) {
        if (requirementIds && !requirementIds.has(id)) problems.push(`${at}：依据 ${id} 不是已知的要求 id`);
      }
    }
  }
  if (regular !== toCents(checklist.total)) {
    problems.push(`各指标分值合计 ${formatCents(regular)} 分，与满分 ${checklist.total} 分不一致`);
  }
  return problems;
}
