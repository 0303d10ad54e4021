// Which activity kinds the year grid checks, and against which requirement. Only the requirement
// id is declared here; how often (每月/每季度/每年) comes from that requirement's quantity, and a
// requirement that is not A/B or has no period fails the build.
import type { ActivityKind } from '../../schemas/ledger';
import type { Requirement } from '../../schemas/requirement';

export type GridPeriod = 'month' | 'quarter' | 'year';

export interface GridRule {
  kind: ActivityKind;
  requirementId: string;
  period: GridPeriod;
  /** 党小组会: one row per 党小组 of the roster. */
  perGroup: boolean;
  /** 支委会: counts only with half the committee or more present (zhibu-12-daohui-renshu). */
  quorumRequirementId?: string;
}

export const GRID_DECLARATIONS: readonly { kind: ActivityKind; requirementId: string; quorumRequirementId?: string }[] = [
  { kind: '党员大会', requirementId: 'zhibu-11-dangyuan-dahui' },
  { kind: '支部委员会', requirementId: 'zhibu-12-zhiweihui', quorumRequirementId: 'zhibu-12-daohui-renshu' },
  { kind: '党小组会', requirementId: 'zhibu-13-dangxiaozu-hui' },
  { kind: '主题党日', requirementId: 'tiaoli-16-zhuti-dangri' },
  { kind: '组织生活会', requirementId: 'tiaoli-17-zuzhi-shenghuohui' },
  { kind: '民主评议党员', requirementId: 'tiaoli-18-minzhu-pingyi' },
];

const PERIODS: Record<string, GridPeriod> = { 每月: 'month', 每季度: 'quarter', 每年: 'year' };

export class GridRuleError extends Error {
  override name = 'GridRuleError';
}

/** Builds the grid rules from the requirements data; throws naming the requirement when one does not fit. */
export function gridRules(requirements: ReadonlyMap<string, Requirement>): GridRule[] {
  const ab = (id: string) => {
    const r = requirements.get(id);
    if (!r) throw new GridRuleError(`台账年度表：找不到规定条目 "${id}"`);
    if (r.confidence !== 'A' && r.confidence !== 'B') throw new GridRuleError(`台账年度表：条目 "${id}" 不是 A、B 级，不能作为必须开展的依据`);
    return r;
  };
  return GRID_DECLARATIONS.map((d) => {
    const r = ab(d.requirementId);
    const period = r.quantity?.period ? PERIODS[r.quantity.period] : undefined;
    if (!period) throw new GridRuleError(`台账年度表：条目 "${d.requirementId}" 没有“每月/每季度/每年”的频次`);
    if (d.quorumRequirementId) ab(d.quorumRequirementId);
    return { kind: d.kind, requirementId: d.requirementId, period, perGroup: d.kind === '党小组会', ...(d.quorumRequirementId ? { quorumRequirementId: d.quorumRequirementId } : {}) };
  });
}
