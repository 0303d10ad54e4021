// When each calendar task falls, in the words the page, the year plan and the .ics share.
import type { CalendarTask, TaskKind } from '../../schemas/calendar';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The months a task is due in: all twelve for 每月, none for 不定期. */
export function monthsOf(task: CalendarTask): number[] {
  if (task.frequency === '每月') return [...MONTHS];
  return task.months ?? [];
}

export const isScheduled = (task: CalendarTask): boolean => task.frequency !== '不定期';

/** Tasks due in a month, leaving out the every-month ones (listed once, not twelve times). */
export function tasksDueIn(tasks: CalendarTask[], month: number): CalendarTask[] {
  return tasks.filter((t) => t.frequency !== '每月' && monthsOf(t).includes(month));
}

const monthList = (months: number[]) => months.map((m) => `${m}月`).join('、');

/** "每月", "每季度（3月、6月、9月、12月）", "每年12月", "不定期：确定发展对象后". */
export function scheduleText(task: CalendarTask): string {
  switch (task.frequency) {
    case '每月':
      return '每月';
    case '每年':
      return `每年${monthList(monthsOf(task))}`;
    case '不定期':
      return `不定期：${task.trigger}`;
    default:
      return `${task.frequency}（${monthList(monthsOf(task))}）`;
  }
}

/** The reminder day as the .ics places it, for telling readers what they are importing. */
export function reminderText(task: CalendarTask): string | null {
  if (task.day === undefined) return null;
  return task.frequency === '每月' ? `每月${task.day}日` : `${monthList(monthsOf(task))}的${task.day}日`;
}

export const KIND_LABEL: Record<TaskKind, string> = {
  规定: '规定',
  建议: '工作惯例（建议）',
};

/** Short form for the year plan's narrow column. */
export const KIND_SHORT: Record<TaskKind, string> = {
  规定: '规定',
  建议: '惯例',
};
