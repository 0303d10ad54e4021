// The 学时登记表 and the activity list as rows of cells, for Excel. Text stays text: every cell
// that holds user text is marked as a string, so a name or note beginning with “=” never becomes
// a formula when the file is opened in Excel or WPS.
import type { Ledger } from '../../schemas/ledger';
import type { MemberHoursRow } from './hours';

export type ExportCell = { text: string } | { number: number } | null;
export type ExportRow = ExportCell[];

const t = (text: string): ExportCell => ({ text });
const n = (number: number): ExportCell => ({ number });

export const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** What the target and 达标 columns say for one member (the same words on screen, print and Excel). */
export function targetWords(r: MemberHoursRow): { target: string; met: string } {
  if (r.target === null) return { target: '不作硬性要求', met: '送学上门（第二十三条）' };
  return {
    target: r.prorated ? `${r.target}（按 ${r.months} 个月折算，建议口径）` : String(r.target),
    met: r.met ? '达标' : '未达标',
  };
}

export function hoursSheetRows(rows: readonly MemberHoursRow[]): ExportRow[] {
  const head = ['序号', '姓名', '党小组', '状态', ...MONTH_LABELS, '全年合计', '年度要求', '是否达标'].map(t);
  return [
    head,
    ...rows.map((r, i) => {
      const w = targetWords(r);
      return [n(i + 1), t(r.name), t(r.group), t(r.status), ...r.byMonth.map(n), n(r.total), t(w.target), t(w.met)];
    }),
  ];
}

export function activityListRows(ledger: Ledger): ExportRow[] {
  const names = new Map(ledger.members.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? '（名册中已删除）';
  const head = ['日期', '类型', '主题', '主持人或主讲人', '学时', '党小组', '地点', '应到', '实到', '请假', '缺席', '实到人员', '请假、缺席人员和原因', '记录和照片存放', '备注'].map(t);
  const sorted = [...ledger.activities].sort((a, b) => a.date.localeCompare(b.date));
  return [
    head,
    ...sorted.map((a) => {
      const leave = a.absent.filter((x) => x.type === '请假').length;
      return [
        t(a.date),
        t(a.kind),
        t(a.topic),
        t(a.host),
        n(a.hours),
        t(a.group),
        t(a.place),
        n(a.present.length + a.absent.length),
        n(a.present.length),
        n(leave),
        n(a.absent.length - leave),
        t(a.present.map(name).join('、')),
        t(a.absent.map((x) => `${name(x.memberId)}（${x.type}${x.reason ? `：${x.reason}` : ''}）`).join('；')),
        t(a.archive),
        t(a.note),
      ];
    }),
  ];
}
