// What the filled 会议记录 and 签到表 say for one activity: values keyed by the blank templates'
// own labels (content/guide/ledger-templates.yaml), so the prints follow the template definitions.
import type { Activity, Ledger, Member } from '../../schemas/ledger';
import { inBranchOn } from './membership';

/** Template tick boxes whose wording differs from the activity kinds. */
const KIND_OPTION: Partial<Record<Activity['kind'], string>> = { 支部委员会: '支部委员会会议', 集中培训: '集中学习', 专题学习: '集中学习' };

/** The tick box for an activity kind among a template's options; kinds without a box tick 其他. */
export function kindOption(kind: Activity['kind'], options: readonly string[]): string {
  const o = KIND_OPTION[kind] ?? kind;
  return options.includes(o) ? o : '其他';
}

/** Members the activity was for, in roster order (the store keeps it by 党小组 and name): those in the branch that day (the 党小组's for a 党小组会) and anyone recorded. */
export function expectedMembers(ledger: Ledger, a: Activity): Member[] {
  const recorded = new Set([...a.present, ...a.absent.map((x) => x.memberId)]);
  return ledger.members.filter((m) => recorded.has(m.id) || (inBranchOn(m, a.date) && (a.kind !== '党小组会' || !a.group || m.group === a.group)));
}

const absenceText = (x: Activity['absent'][number]) => `${x.type}${x.reason ? `：${x.reason}` : ''}`;

export interface AttendanceCounts {
  expected: number;
  present: number;
  leave: number;
  absent: number;
}

export function attendanceCounts(a: Activity): AttendanceCounts {
  const leave = a.absent.filter((x) => x.type === '请假').length;
  return { expected: a.present.length + a.absent.length, present: a.present.length, leave, absent: a.absent.length - leave };
}

/** Whether attendance was recorded (a sign-in sheet printed before the meeting has none). */
export const hasAttendance = (a: Activity) => a.present.length + a.absent.length > 0;

export function minutesFill(ledger: Ledger, a: Activity) {
  const names = new Map(ledger.members.map((m) => [m.id, m.name]));
  const c = attendanceCounts(a);
  const counted = hasAttendance(a);
  const study = [a.host && `主讲人或主持人：${a.host}`, a.hours > 0 && `${a.hours} 学时`].filter(Boolean).join('；');
  return {
    fields: {
      党支部: ledger.meta.unit,
      会议日期: a.date,
      地点: a.place,
      主持人: a.host,
      应到人数: counted ? String(c.expected) : '',
      实到人数: counted ? String(c.present) : '',
      请假人数: counted ? String(c.leave) : '',
    },
    lines: {
      '缺席人员、原因和补学安排': a.absent.map((x) => `${names.get(x.memberId) ?? '（已删除）'}（${absenceText(x)}）`).join('；'),
      会议议题或主题: a.kind === '党小组会' && a.group ? `${a.topic}（${a.group}）` : a.topic,
      '学习内容（篇目、讲课人、时长）': study,
    },
    archive: a.archive,
    note: a.note,
  };
}

/** Rows of the 签到表: 序号, 姓名, 党小组, 本人签名 (blank), 签到时间 (blank), 请假原因, 补学日期和方式 (blank). */
export function signInRows(ledger: Ledger, a: Activity): string[][] {
  const absent = new Map(a.absent.map((x) => [x.memberId, x]));
  return expectedMembers(ledger, a).map((m, i) => {
    const x = absent.get(m.id);
    return [String(i + 1), m.name, m.group, '', '', x ? absenceText(x) : '', ''];
  });
}
