// The calendar's recurring tasks as an .ics file, written at build time into dist/guide/rili.ics.
import type { APIRoute } from 'astro';
import { getCalendar } from '../../data/calendar';
import { checklistItemIndex } from '../../data/checklist-item';
import { calendarEvents } from '../../lib/calendar/events';
import { buildIcs } from '../../lib/calendar/ics';

export const GET: APIRoute = async () => {
  const { tasks, requirements } = await getCalendar();
  const items = await checklistItemIndex();
  const now = new Date();
  const events = calendarEvents(tasks, now.getFullYear(), {
    requirement: (id) => requirements.get(id)!,
    checklistItem: (ref) => {
      const found = items.get(ref)!;
      return `${found.checklistTitle}·${found.item.title}`;
    },
  });
  const body = buildIcs({
    prodId: '-//dangyuan-jiaoyu-zhinan//guide-calendar//ZH',
    name: '党支部党员教育年度工作日历',
    stamp: now,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
