// Checks a checklist against the requirements it cites: a basis is an A/B rule, a reference is a
// C/未核实 claim, and every number of a scoring rule that no A/B requirement states is named in the
// item's 建议口径 statement, so a secretary copying it into a 考核细则 knows it is not a rule.
import type { Checklist, Item } from '../../schemas/checklist';
import type { Requirement } from '../../schemas/requirement';
import { isReferenceOnly } from '../requirements/confidence';
import { formatCents, toCents } from './cents';

const PER_YEAR: Readonly<Record<string, number>> = { 每月: 12, 每季度: 4, 每半年: 2, 每年: 1 };

const pts = (n: number) => formatCents(toCents(n));

/** True when an A/B requirement in the basis gives the yearly count (每季度1次 → 4次). */
function countIsStated(item: Item, required: number, unit: string, requirements: ReadonlyMap<string, Requirement>): boolean {
  return item.basis.some((id) => {
    const r = requirements.get(id);
    const q = r?.quantity;
    if (!r || isReferenceOnly(r.confidence) || !q || typeof q.value !== 'number' || q.unit !== unit) return false;
    const times = q.period ? PER_YEAR[q.period] : undefined;
    return times !== undefined && q.value * times === required;
  });
}

/**
 * The phrases the item's 建议口径 statement must contain, one for each number of its rule that no
 * A/B requirement states. Deduction steps, bonus sizes and the veto's grade cap are always the
 * checklist's own design; a required count is a rule only when a basis gives it; a ratio target
 * below 100% is a threshold of its own (100% means everyone the rule covers).
 */
export function unstatedNumbers(item: Item, requirements: ReadonlyMap<string, Requirement>): string[] {
  const r = item.rule;
  switch (r.kind) {
    case 'deduct':
      return [...(countIsStated(item, r.required, r.unit, requirements) ? [] : [`${r.required}${r.unit}`]), `扣${pts(r.per)}分`];
    case 'ratio':
      return [...(r.target < 100 ? [`${r.target}%`] : []), `扣${pts(r.perPercent)}分`];
    case 'bonus':
      return [`加${pts(r.per)}分`, `最多加${pts(item.points)}分`];
    case 'veto':
      return [r.capGrade];
    case 'check':
    case 'levels':
      return [];
  }
}

/** What is wrong, in Chinese messages naming the item; empty when the checklist keeps the rule. */
export function checklistSourceProblems(checklist: Checklist, requirements: ReadonlyMap<string, Requirement>): string[] {
  const problems: string[] = [];
  // Grade bands and item weights are the checklist's own design: the description must say so.
  if (!checklist.description.includes('建议口径')) problems.push('说明（description）要写明等次划分和分值是建议口径');
  for (const item of checklist.dimensions.flatMap((d) => d.items)) {
    const at = `指标 ${item.id}（${item.title}）`;
    for (const id of item.basis) {
      const r = requirements.get(id);
      if (r && isReferenceOnly(r.confidence)) problems.push(`${at}：依据 ${id} 的核实程度是 ${r.confidence}，只能放进 reference 作参考`);
    }
    for (const id of item.reference) {
      const r = requirements.get(id);
      if (!r) problems.push(`${at}：参考 ${id} 不是已知的要求 id`);
      else if (!isReferenceOnly(r.confidence)) problems.push(`${at}：reference 只放 C 级或未核实的条目；${id} 是 ${r.confidence} 级，应放进 basis`);
    }
    const needed = unstatedNumbers(item, requirements);
    if (needed.length === 0) continue;
    if (!item.suggested) {
      problems.push(`${at}：${needed.join('、')} 没有 A、B 级规定依据，要写 suggested（建议口径）说明`);
      continue;
    }
    const missing = needed.filter((phrase) => !item.suggested!.includes(phrase));
    if (missing.length) problems.push(`${at}：建议口径说明没有写到 ${missing.join('、')}`);
  }
  return problems;
}
