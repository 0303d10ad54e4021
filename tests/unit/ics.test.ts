import { describe, expect, test } from 'vitest';
import { calendarEvents, rruleFor } from '../../src/lib/calendar/events';
import { buildIcs, escapeText, foldLine, formatStamp, nextDay } from '../../src/lib/calendar/ics';
import { checklistItems, loadCalendar, requirementMap } from './load-guide-data';

const octets = (s: string) => new TextEncoder().encode(s).length;

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** A tiny iCalendar reader: unfolds lines, splits NAME;PARAMS:VALUE, groups components. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  expect(lines.pop()).toBe('');
  const props = lines.map((line): Prop => {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`不是合法的内容行：${line}`);
    return { name: m[1]!, params: m[2]!, value: m[3]! };
  });
  const events: Map<string, Prop>[] = [];
  let current: Map<string, Prop> | null = null;
  const stack: string[] = [];
  for (const p of props) {
    if (p.name === 'BEGIN') {
      stack.push(p.value);
      if (p.value === 'VEVENT') current = new Map();
    } else if (p.name === 'END') {
      expect(stack.pop()).toBe(p.value);
      if (p.value === 'VEVENT') {
        events.push(current!);
        current = null;
      }
    } else if (current) {
      expect(current.has(p.name), `VEVENT 中 ${p.name} 重复`).toBe(false);
      current.set(p.name, p);
    }
  }
  expect(stack).toEqual([]);
  return { props, events };
}

const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('iCalendar 基础函数', () => {
  test('TEXT 转义反斜杠、分号、逗号和换行，中文标点不转义', () => {
    expect(escapeText('a,b;c\\d\ne，f；')).toBe('a\\,b\\;c\\\\d\\ne，f；');
  });

  test('折行：每行不超过75个字节，续行以空格开头，汉字不被拆开', () => {
    const line = 'DESCRIPTION:' + '党支部每月开展一次主题党日，'.repeat(12);
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(1);
    for (const [i, l] of folded.entries()) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
      expect(l).not.toContain('\uFFFD');
    }
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(foldLine('SUMMARY:党课')).toEqual(['SUMMARY:党课']);
  });

  test('恰好75个字节的行不折', () => {
    const line = 'X:' + 'a'.repeat(73);
    expect(foldLine(line)).toEqual([line]);
    expect(foldLine(line + 'b')).toEqual([line, ' b']);
  });

  test('时间戳用 UTC，全天事件的结束日是次日（跨月、跨年）', () => {
    expect(formatStamp(new Date(Date.UTC(2026, 10, 23, 8, 5, 9)))).toBe('20261123T080509Z');
    expect(nextDay({ year: 2026, month: 1, day: 31 })).toEqual({ year: 2026, month: 2, day: 1 });
    expect(nextDay({ year: 2026, month: 12, day: 31 })).toEqual({ year: 2027, month: 1, day: 1 });
  });

  test('重复规则：每月、每季度、每年', () => {
    expect(rruleFor('每月', [])).toBe('FREQ=MONTHLY');
    expect(rruleFor('每季度', [3, 6, 9, 12])).toBe('FREQ=YEARLY;BYMONTH=3,6,9,12');
    expect(rruleFor('每年', [12])).toBe('FREQ=YEARLY;BYMONTH=12');
  });

  test('生成的文件以 CRLF 分行，转义后的值能还原', () => {
    const text = buildIcs({
      prodId: '-//test//ZH',
      name: '测试',
      stamp: new Date(Date.UTC(2026, 0, 1)),
      events: [{ uid: 'a@x', summary: '会议,议题;一', description: '第一行\n第二行', start: { year: 2026, month: 1, day: 5 }, rrule: 'FREQ=MONTHLY' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { events } = parseIcs(text);
    expect(unescape(events[0]!.get('SUMMARY')!.value)).toBe('会议,议题;一');
    expect(unescape(events[0]!.get('DESCRIPTION')!.value)).toBe('第一行\n第二行');
  });
});

describe('年度工作日历的 .ics', () => {
  const tasks = loadCalendar();
  const reqs = requirementMap();
  const items = checklistItems();
  const text = buildIcs({
    prodId: '-//dangyuan-jiaoyu-zhinan//guide-calendar//ZH',
    name: '党支部党员教育年度工作日历',
    stamp: new Date(Date.UTC(2026, 10, 23, 8, 0, 0)),
    events: calendarEvents(tasks, 2026, {
      requirement: (id) => reqs.get(id)!,
      checklistItem: (ref) => `${items.get(ref)!.checklistTitle}·${items.get(ref)!.item.title}`,
    }),
  });
  const { props, events } = parseIcs(text);
  const byUid = new Map(events.map((e) => [e.get('UID')!.value, e]));
  const summaryOf = (id: string) => unescape(byUid.get(`${id}@dangyuan-jiaoyu-zhinan`)!.get('SUMMARY')!.value);

  test('结构：VCALENDAR 包住全部 VEVENT，有 VERSION 和 PRODID', () => {
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(props.some((p) => p.name === 'PRODID')).toBe(true);
  });

  test('物理行都不超过75个字节，只用 CRLF 换行', () => {
    const physical = text.split('\r\n');
    expect(physical.some((l) => l.includes('\n'))).toBe(false);
    for (const l of physical) expect(octets(l), l).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
  });

  test('每个定期事项一个 VEVENT，都有 UID、DTSTAMP、DTSTART、RRULE、SUMMARY；不定期事项不进日历', () => {
    const scheduled = tasks.filter((t) => t.frequency !== '不定期');
    expect(events).toHaveLength(scheduled.length);
    for (const e of events) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'DESCRIPTION']) expect(e.has(name), name).toBe(true);
      expect(e.get('DTSTART')!.params).toBe(';VALUE=DATE');
      expect(e.get('DTSTART')!.value).toMatch(/^2026\d{4}$/);
      expect(e.get('DTSTAMP')!.value).toBe('20261123T080000Z');
    }
    expect(byUid.size).toBe(events.length);
    for (const t of scheduled) expect(byUid.has(`${t.id}@dangyuan-jiaoyu-zhinan`), t.id).toBe(true);
  });

  test('主题党日每月重复，组织生活会每年第四季度，党员大会每季度', () => {
    const zhuti = byUid.get('zhuti-dangri@dangyuan-jiaoyu-zhinan')!;
    expect(zhuti.get('RRULE')!.value).toBe('FREQ=MONTHLY');
    expect(summaryOf('zhuti-dangri')).toBe('主题党日');

    const shenghuohui = byUid.get('zuzhi-shenghuohui@dangyuan-jiaoyu-zhinan')!;
    const m = /^FREQ=YEARLY;BYMONTH=(\d+)$/.exec(shenghuohui.get('RRULE')!.value);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(10);
    expect(shenghuohui.get('DTSTART')!.value.slice(4, 6)).toBe(m![1]!.padStart(2, '0'));

    expect(byUid.get('dangyuan-dahui@dangyuan-jiaoyu-zhinan')!.get('RRULE')!.value).toBe('FREQ=YEARLY;BYMONTH=3,6,9,12');
  });

  test('描述写出依据（来源和条号由数据生成）和对应自评表指标；建议事项标明工作惯例', () => {
    const desc = unescape(byUid.get('zhuti-dangri@dangyuan-jiaoyu-zhinan')!.get('DESCRIPTION')!.value);
    expect(desc).toContain('《党员教育管理工作条例》第十六条第二款（主题党日，A 级）');
    // An article number of doubtful grade is flagged, as everywhere on the site.
    expect(desc).toContain('《支部工作条例》第十六条〔条号待核实〕（主题党日固定日期，B 级）');
    expect(desc).toContain('对应自评表指标：党支部党员教育培训工作自评表·主题党日');
    expect(desc).toMatch(/^性质：规定$/m);

    expect(summaryOf('nianzhong-jiancha')).toBe('年中检查（工作惯例）');
    const jiancha = unescape(byUid.get('nianzhong-jiancha@dangyuan-jiaoyu-zhinan')!.get('DESCRIPTION')!.value);
    expect(jiancha).toMatch(/^性质：工作惯例（建议）。/m);

    const dangke = unescape(byUid.get('dangke@dangyuan-jiaoyu-zhinan')!.get('DESCRIPTION')!.value);
    expect(dangke).toMatch(/^仅供参考（未能核实为现行规定）：.*未核实/m);
  });
});
