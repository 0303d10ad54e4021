// Named figures the self-check items and the report's facts can take from the 台账. A checklist
// item declares `ledger: <id>`; the build fails on an id not listed here.
import type { Ledger } from '../../schemas/ledger';
import type { Derived } from './derive';
import type { GridRow } from './grid';

export interface Measure {
  label: string;
  unit: string;
  /** How the figure is counted, shown next to it. */
  how: string;
  /** null when the 台账 holds nothing to count. */
  value: (d: Derived, ledger: Ledger) => number | null;
}

const rowsOf = (d: Derived, kind: GridRow['kind']) => d.grid.filter((r) => r.kind === kind);
const validCount = (d: Derived, kind: GridRow['kind']) =>
  rowsOf(d, kind).reduce((s, r) => s + r.cells.reduce((c, cell) => c + cell.activityIds.length, 0), 0);
const periodsHeld = (d: Derived, kind: GridRow['kind']) => rowsOf(d, kind).reduce((s, r) => s + r.held, 0);
const countKind = (ledger: Ledger, kind: GridRow['kind']) =>
  ledger.activities.filter((a) => a.kind === kind && a.date.startsWith(String(ledger.meta.year))).length;

export const MEASURES = {
  'member-count': { label: '党员人数', unit: '名', how: '年末（当年为今天）在册的党员', value: (d) => d.memberCount },
  'dangyuan-dahui-count': { label: '党员大会次数', unit: '次', how: '全年记录的党员大会', value: (d) => validCount(d, '党员大会') },
  'dangyuan-dahui-quarters-held': { label: '召开了党员大会的季度数', unit: '个季度', how: '有党员大会记录的季度', value: (d) => periodsHeld(d, '党员大会') },
  'zhiweihui-valid-count': { label: '有效支委会次数', unit: '次', how: '到会支委不足半数的不计入', value: (d) => validCount(d, '支部委员会') },
  'zhiweihui-months-held': { label: '召开了有效支委会的月数', unit: '个月', how: '有有效支委会记录的月份', value: (d) => periodsHeld(d, '支部委员会') },
  'dangxiaozu-hui-min-count': {
    label: '党小组会次数（最少的党小组）',
    unit: '次',
    how: '各党小组全年党小组会次数中最少的一个',
    value: (d) => {
      const rows = rowsOf(d, '党小组会');
      return rows.length === 0 ? null : Math.min(...rows.map((r) => r.cells.reduce((c, cell) => c + cell.activityIds.length, 0)));
    },
  },
  'dangke-count': { label: '党课次数', unit: '次', how: '全年记录的党课', value: (_d, l) => countKind(l, '党课') },
  'zhuti-dangri-count': { label: '主题党日次数', unit: '次', how: '全年记录的主题党日', value: (d) => validCount(d, '主题党日') },
  'zhuti-dangri-months-held': { label: '开展了主题党日的月数', unit: '个月', how: '有主题党日记录的月份', value: (d) => periodsHeld(d, '主题党日') },
  'zuzhi-shenghuohui-count': { label: '组织生活会次数', unit: '次', how: '全年记录的组织生活会', value: (d) => validCount(d, '组织生活会') },
  'minzhu-pingyi-count': { label: '民主评议党员次数', unit: '次', how: '全年记录的民主评议党员', value: (d) => validCount(d, '民主评议党员') },
  'avg-attendance-rate': {
    label: '平均到会率',
    unit: '%',
    how: '党员大会、党小组会、党课、主题党日的实到人次 ÷ 应到人次（应到 = 实到 + 请假 + 缺席），年老体弱、行动不便的党员不计入',
    value: (d) => d.averageAttendance,
  },
  'share-members-32h': {
    label: '学时达标党员比例',
    unit: '%',
    how: '达到年度学时目标的党员 ÷ 有学时目标的党员；年中转入转出的按在支部月数折算目标（建议口径），年老体弱、行动不便的不计入',
    value: (d) => d.shareMet,
  },
  'training-sessions': { label: '培训期数', unit: '期', how: '党课、集中培训、专题学习、在线学习、送学上门的记录数（建议口径）', value: (d) => d.training.sessions },
  'training-person-times': { label: '参训人次', unit: '人次', how: '上述培训每次到会人数之和（建议口径）', value: (d) => d.training.personTimes },
  'avg-hours': { label: '人均学时', unit: '学时', how: '全体党员（含个人学时）学时合计 ÷ 党员数，保留一位小数', value: (d) => d.training.avgHours },
} satisfies Record<string, Measure>;

export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];
export const isMeasureId = (s: string): s is MeasureId => Object.prototype.hasOwnProperty.call(MEASURES, s);

export const measureValue = (id: MeasureId, d: Derived, ledger: Ledger): number | null => (MEASURES[id] as Measure).value(d, ledger);
