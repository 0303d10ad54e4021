// 到会率 per meeting and per member, and the year's training figures (培训期数, 参训人次, 人均学时).
import type { Activity, ActivityKind, Ledger } from '../../schemas/ledger';
import { EXEMPT_STATUS, type MemberHoursRow } from './hours';
import { yearOf } from './membership';

/** Kinds counted as 培训 (培训期数、参训人次) — 建议口径: the study kinds, not the meetings. */
export const TRAINING_KINDS: readonly ActivityKind[] = ['党课', '集中培训', '专题学习', '在线学习', '送学上门'];
/** Kinds whose 到会率 the self-check's 到会率 item averages (党员大会、党小组会、党课、主题党日). */
export const ATTENDANCE_KINDS: readonly ActivityKind[] = ['党员大会', '党小组会', '党课', '主题党日'];

/** Rounds half up to one decimal (percentages and averages as shown and as used). */
export const round1 = (n: number): number => Math.round(n * 10 + 1e-9) / 10;

export interface MeetingAttendance {
  activityId: string;
  present: number;
  /** present + absent */
  expected: number;
  /** Percent, one decimal; null when nobody was expected. */
  rate: number | null;
}

export const meetingAttendance = (a: Activity): MeetingAttendance => {
  const expected = a.present.length + a.absent.length;
  return { activityId: a.id, present: a.present.length, expected, rate: expected === 0 ? null : round1((a.present.length * 100) / expected) };
};

export interface MemberAttendance {
  memberId: string;
  attended: number;
  /** Activities the member was recorded at, present or absent. */
  expected: number;
  leave: number;
  rate: number | null;
}

export function memberAttendance(ledger: Ledger): MemberAttendance[] {
  const index = new Map<string, number>();
  ledger.members.forEach((m, i) => index.set(m.id, i));
  const attended = new Array<number>(ledger.members.length).fill(0);
  const absent = new Array<number>(ledger.members.length).fill(0);
  const leave = new Array<number>(ledger.members.length).fill(0);
  for (const a of ledger.activities) {
    if (yearOf(a.date) !== ledger.meta.year) continue;
    for (const id of a.present) {
      const i = index.get(id);
      if (i !== undefined) attended[i]!++;
    }
    for (const ab of a.absent) {
      const i = index.get(ab.memberId);
      if (i === undefined) continue;
      absent[i]!++;
      if (ab.type === '请假') leave[i]!++;
    }
  }
  return ledger.members.map((m, i) => {
    const expected = attended[i]! + absent[i]!;
    return { memberId: m.id, attended: attended[i]!, expected, leave: leave[i]!, rate: expected === 0 ? null : round1((attended[i]! * 100) / expected) };
  });
}

/**
 * Average 到会率 of 党员大会、党小组会、党课、主题党日 as the self-check defines it: 实到人次 ÷ 应到人次,
 * members under 第二十三条 left out of both. Percent, one decimal; null when nothing is recorded.
 */
export function averageAttendance(ledger: Ledger): number | null {
  const exempt = new Set(ledger.members.filter((m) => m.status === EXEMPT_STATUS).map((m) => m.id));
  let present = 0;
  let expected = 0;
  for (const a of ledger.activities) {
    if (yearOf(a.date) !== ledger.meta.year || !ATTENDANCE_KINDS.includes(a.kind)) continue;
    for (const id of a.present) if (!exempt.has(id)) (present++, expected++);
    for (const ab of a.absent) if (!exempt.has(ab.memberId)) expected++;
  }
  return expected === 0 ? null : round1((present * 100) / expected);
}

export interface TrainingStats {
  /** 培训期数: training-kind activities in the year. */
  sessions: number;
  /** 参训人次: attendees summed over those activities. */
  personTimes: number;
  /** 人均学时: all members' 学时 ÷ members counted, one decimal; null without members. */
  avgHours: number | null;
}

export function trainingStats(ledger: Ledger, hours: readonly MemberHoursRow[]): TrainingStats {
  let sessions = 0;
  let personTimes = 0;
  for (const a of ledger.activities) {
    if (yearOf(a.date) !== ledger.meta.year || !TRAINING_KINDS.includes(a.kind)) continue;
    sessions++;
    personTimes += a.present.length;
  }
  const counted = hours.filter((h) => h.months > 0);
  const sum = counted.reduce((s, h) => s + h.total, 0);
  return { sessions, personTimes, avgHours: counted.length === 0 ? null : round1(sum / counted.length) };
}

/** Share (percent, one decimal) of members with a target who reached it; null when none has a target. */
export function shareMet(hours: readonly MemberHoursRow[]): number | null {
  const withTarget = hours.filter((h) => h.target !== null && h.months > 0);
  if (withTarget.length === 0) return null;
  return round1((withTarget.filter((h) => h.met).length * 100) / withTarget.length);
}

/** 党员人数: members in the branch on the last day of the year (or on `today` in the current year). */
export function memberCount(ledger: Ledger, today: string): number {
  const end = `${ledger.meta.year}-12-31`;
  const day = today < end && yearOf(today) === ledger.meta.year ? today : end;
  return ledger.members.filter((m) => (!m.joined || m.joined <= day) && (!m.left || m.left >= day)).length;
}
