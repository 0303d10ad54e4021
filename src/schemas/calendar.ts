// One recurring (or occasional) task of a Party branch's year of member education, as listed in
// content/guide/calendar.yaml. The page, the printable year plan and the .ics all come from it.
import { z } from 'astro/zod';

export const FREQUENCIES = ['每月', '每季度', '每半年', '每年', '不定期'] as const;
// 规定: the task and its frequency rest on A/B requirements. 建议: a working habit or advice.
export const TASK_KINDS = ['规定', '建议'] as const;

export type Frequency = (typeof FREQUENCIES)[number];
export type TaskKind = (typeof TASK_KINDS)[number];

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const CalendarTaskSchema = z
  .strictObject({
    id: z.string().regex(slug, 'id 只能用小写字母、数字和连字符；它也是日历文件里的 UID，一经使用不再改动'),
    title: z.string().min(2).max(16),
    frequency: z.enum(FREQUENCIES),
    // The months the task falls in; none for 每月 (every month) and 不定期.
    months: z.array(z.number().int().min(1).max(12)).optional(),
    // Reminder day in the .ics; at most 28 so that every month has it.
    day: z.number().int().min(1).max(28).optional(),
    // 不定期 only: what brings the task up.
    trigger: z.string().min(4).optional(),
    todo: z.string().min(8),
    kind: z.enum(TASK_KINDS),
    // 建议 only: why this is practice rather than a rule.
    why: z.string().min(8).optional(),
    // Why the task sits in this month when the rule does not fix one.
    monthNote: z.string().min(4).optional(),
    // Requirements the task carries out. For 规定, all must be A or B.
    basis: z.array(z.string().regex(slug)).min(1),
    // Claims of grade C or 未核实 shown beside the task, always as 参考.
    reference: z.array(z.string().regex(slug)).default([]),
    // Checklist indicators the task feeds: "<checklist id>/<item id>".
    checklist: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '写成“自评表 id/指标 id”，如 zhibu-ziping/zb-zhuti-dangri')).default([]),
    // The site page that explains how to do it (a path from the site root, ending in /).
    page: z.string().regex(/^\/[a-z0-9/-]+\/$/, '写成从根路径开始、以 / 结尾的站内路径，如 /guide/zhuti-dangri/').optional(),
  })
  .superRefine((t, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const months = t.months ?? [];
    const sorted = months.every((m, i) => i === 0 || m > months[i - 1]!);
    const inParts = (parts: number) => months.length === parts && months.every((m, i) => Math.ceil((m * parts) / 12) === i + 1);

    if (t.frequency === '每月' || t.frequency === '不定期') {
      if (t.months) issue('months', `${t.frequency}的事项不写 months`);
    } else if (!sorted) {
      issue('months', 'months 按从小到大的顺序写');
    } else if (t.frequency === '每季度' && !inParts(4)) {
      issue('months', '每季度的事项写4个月份，每个季度一个');
    } else if (t.frequency === '每半年' && !inParts(2)) {
      issue('months', '每半年的事项写2个月份，上下半年各一个');
    } else if (t.frequency === '每年' && months.length !== 1) {
      issue('months', '每年的事项写1个月份');
    }

    if (t.frequency === '不定期') {
      if (!t.trigger) issue('trigger', '不定期的事项要写 trigger，说明什么情况下要做');
      if (t.day !== undefined) issue('day', '不定期的事项不写 day');
    } else {
      if (t.day === undefined) issue('day', '定期事项要写 day（日历文件中的提醒日）');
      if (t.trigger) issue('trigger', '只有不定期的事项写 trigger');
    }

    if (t.kind === '建议' && !t.why) issue('why', '性质为“建议”的事项要写 why，说明为什么只是工作惯例或建议');
    if (t.kind === '规定' && t.why) issue('why', '性质为“规定”的事项不写 why');
  });

export type CalendarTask = z.infer<typeof CalendarTaskSchema>;

export const CalendarFileSchema = z.strictObject({
  tasks: z.array(z.unknown()).min(1),
});
