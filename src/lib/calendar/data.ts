// Validates content/guide/calendar.yaml: its structure, and every id it cites (requirements,
// checklist items, pages). Errors name the file and the task id, so a content editor can act.
import { CalendarFileSchema, CalendarTaskSchema, type CalendarTask, type Frequency } from '../../schemas/calendar';
import type { Audience, Requirement } from '../../schemas/requirement';
import { isReferenceOnly } from '../requirements/confidence';
import { parseEntryList } from '../content/entry-list';

export class CalendarDataError extends Error {
  override name = 'CalendarDataError';
}

/** Parses the YAML's contents (already read and parsed) into tasks, or throws naming file and task. */
export const parseCalendar = (data: unknown, file: string): CalendarTask[] =>
  parseEntryList(data, file, { key: 'tasks', fileSchema: CalendarFileSchema, entrySchema: CalendarTaskSchema, noun: '事项', error: CalendarDataError });

export interface CalendarContext {
  requirements: ReadonlyMap<string, Requirement>;
  /** "<checklist id>/<item id>" of every checklist item. */
  checklistItems: ReadonlySet<string>;
  /** Site paths of the pages a task may link to (/guide/zhuti-dangri/ …). */
  pages: ReadonlySet<string>;
}

const PERIODS: readonly string[] = ['每月', '每季度', '每半年', '每年'] satisfies Frequency[];

/** The calendar is a Party branch's: a 规定 task must rest on a duty the branch itself carries. */
export const CALENDAR_AUDIENCE: Audience = '党组织';

/**
 * What is wrong with the tasks' references. A 规定 task may rest only on A/B requirements; one of
 * them must bind the branch itself (audience 党组织), and for a periodic task one must state its
 * frequency; any requirement's own period (每月, 每年 …) must match the task's frequency. C/未核实
 * claims go in `reference`, where they are always shown as 参考.
 */
export function calendarProblems(tasks: CalendarTask[], ctx: CalendarContext): string[] {
  const problems: string[] = [];
  for (const t of tasks) {
    const at = `事项 "${t.id}"`;
    for (const id of t.basis) {
      const r = ctx.requirements.get(id);
      if (!r) {
        problems.push(`${at}：basis 中的规定条目 "${id}" 不存在`);
        continue;
      }
      if (t.kind !== '规定') continue;
      if (isReferenceOnly(r.confidence)) {
        problems.push(`${at}：核实程度为 ${r.confidence} 的 "${id}" 只能作参考，不能作为“规定”事项的依据；放进 reference，或把性质改为“建议”`);
      }
      const period = r.quantity?.period;
      if (period && PERIODS.includes(period) && period !== t.frequency) {
        problems.push(`${at}：频次“${t.frequency}”与依据 "${id}" 的“${period}”不一致`);
      }
    }
    if (t.kind === '规定') {
      const solid = t.basis.map((id) => ctx.requirements.get(id)).filter((r): r is Requirement => !!r && !isReferenceOnly(r.confidence));
      if (!solid.some((r) => r.audience.includes(CALENDAR_AUDIENCE))) {
        problems.push(`${at}：“规定”事项要有一条 A、B 级依据的适用对象包括“${CALENDAR_AUDIENCE}”；依据只约束上级党委或党员个人的，性质改为“建议”并写明原因`);
      }
      if (t.frequency !== '不定期' && !solid.some((r) => r.quantity?.period === t.frequency)) {
        problems.push(`${at}：没有 A、B 级依据规定“${t.frequency}”；依据没有规定频次的，改为“不定期”或把性质改为“建议”`);
      }
    }
    for (const id of t.reference) {
      const r = ctx.requirements.get(id);
      if (!r) problems.push(`${at}：reference 中的规定条目 "${id}" 不存在`);
      else if (!isReferenceOnly(r.confidence)) problems.push(`${at}：reference 只放 C 级或未核实的条目；"${id}" 是 ${r.confidence} 级，应放进 basis`);
    }
    for (const ref of t.checklist) {
      if (!ctx.checklistItems.has(ref)) problems.push(`${at}：自评表指标 "${ref}" 不存在`);
    }
    if (t.page && !ctx.pages.has(t.page)) problems.push(`${at}：页面 ${t.page} 不存在`);
  }
  return problems;
}
