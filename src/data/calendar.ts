// The calendar tasks for pages and the .ics endpoint, read once per build from the calendar
// collection and checked against the requirements, checklists and pages. Any problem fails the
// build with the task's id.
import { getCollection } from 'astro:content';
import { CalendarDataError, calendarProblems } from '../lib/calendar/data';
import { byFileOrder } from '../loaders/yaml-list-loader';
import type { CalendarTask } from '../schemas/calendar';
import type { Requirement } from '../schemas/requirement';
import { checklistItemIndex } from './checklist-item';

export const CALENDAR_FILE = 'content/guide/calendar.yaml';

export interface CalendarData {
  tasks: CalendarTask[];
  requirements: ReadonlyMap<string, Requirement>;
}

const pagePath = (docId: string) => (docId === 'index' ? '/' : `/${docId}/`);

async function loadCalendar(): Promise<CalendarData> {
  const tasks = byFileOrder(await getCollection('calendar'));
  if (tasks.length === 0) throw new CalendarDataError(`${CALENDAR_FILE} 中没有事项。`);
  const requirements = new Map((await getCollection('requirements')).map((e) => [e.id, e.data]));
  const checklistItems = new Set((await checklistItemIndex()).keys());
  const pages = new Set((await getCollection('docs')).map((e) => pagePath(e.id)));
  const problems = calendarProblems(tasks, { requirements, checklistItems, pages });
  if (problems.length) throw new CalendarDataError(`${CALENDAR_FILE} 有误：\n- ${problems.join('\n- ')}`);
  return { tasks, requirements };
}

let cached: Promise<CalendarData> | undefined;
export const getCalendar = (): Promise<CalendarData> => (cached ??= loadCalendar());
