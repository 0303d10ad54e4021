// Turns the calendar tasks into .ics events. Every citation in the description is written from
// the requirement data, the same way the page writes it.
import type { CalendarTask, Frequency } from '../../schemas/calendar';
import type { Requirement } from '../../schemas/requirement';
import { KIND_LABEL, isScheduled, monthsOf, scheduleText } from './schedule';
import { confidenceLabel } from '../requirements/confidence';
import type { IcsEvent } from './ics';
import { requirementCitation } from '../requirements/citation';

export const UID_DOMAIN = 'dangyuan-jiaoyu-zhinan';

/** RRULE for a scheduled task: monthly, or yearly in the listed months. */
export function rruleFor(frequency: Exclude<Frequency, '不定期'>, months: number[]): string {
  if (frequency === '每月') return 'FREQ=MONTHLY';
  return `FREQ=YEARLY;BYMONTH=${months.join(',')}`;
}

const cite = (r: Requirement) => `${requirementCitation(r)}（${r.title}，${confidenceLabel(r.confidence)}）`;

export interface TaskLookups {
  requirement: (id: string) => Requirement;
  /** "自评表标题·指标标题" for a "<checklist>/<item>" reference. */
  checklistItem: (ref: string) => string;
}

export function taskDescription(task: CalendarTask, look: TaskLookups): string {
  const lines = [`时间：${scheduleText(task)}`, `做什么：${task.todo}`];
  lines.push(`性质：${KIND_LABEL[task.kind]}${task.why ? `。${task.why}` : ''}`);
  lines.push(`依据：${task.basis.map((id) => cite(look.requirement(id))).join('；')}`);
  if (task.reference.length) {
    lines.push(`仅供参考（未能核实为现行规定）：${task.reference.map((id) => cite(look.requirement(id))).join('；')}`);
  }
  if (task.monthNote) lines.push(`时间说明：${task.monthNote}`);
  if (task.checklist.length) lines.push(`对应自评表指标：${task.checklist.map(look.checklistItem).join('；')}`);
  return lines.join('\n');
}

/** One event per scheduled task, starting in `year`; occasional (不定期) tasks have no date. */
export function calendarEvents(tasks: CalendarTask[], year: number, look: TaskLookups): IcsEvent[] {
  return tasks.filter(isScheduled).map((task) => {
    const months = monthsOf(task);
    const frequency = task.frequency as Exclude<Frequency, '不定期'>;
    return {
      uid: `${task.id}@${UID_DOMAIN}`,
      summary: task.kind === '规定' ? task.title : `${task.title}（工作惯例）`,
      description: taskDescription(task, look),
      start: { year, month: months[0]!, day: task.day! },
      rrule: rruleFor(frequency, task.frequency === '每月' ? [] : months),
      categories: ['党员教育'],
    };
  });
}
