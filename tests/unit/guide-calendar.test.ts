// The calendar data as shipped: every task resolves to requirements, checklist items and pages,
// and nothing resting on C/未核实 is presented as a rule.
import { describe, expect, test } from 'vitest';
import { CalendarDataError, calendarProblems, parseCalendar } from '../../src/lib/calendar/data';
import { monthsOf, reminderText, scheduleText, tasksDueIn } from '../../src/lib/calendar/schedule';
import { isReferenceOnly } from '../../src/lib/requirements/confidence';
import { CalendarTaskSchema } from '../../src/schemas/calendar';
import { checklistItems, loadCalendar, requirementMap, sitePages } from './load-guide-data';

const tasks = loadCalendar();
const reqs = requirementMap();
const items = checklistItems();
const ctx = { requirements: reqs, checklistItems: new Set(items.keys()), pages: sitePages() };
const byId = new Map(tasks.map((t) => [t.id, t]));

describe('年度工作日历数据', () => {
  test('覆盖党支部一年的例行工作', () => {
    for (const id of [
      'xuexi-jihua', 'zhuti-dangri', 'zhiweihui', 'dangxiaozu-hui', 'dangyuan-dahui', 'dangke', 'jizhong-lunxun',
      'nianzhong-jiancha', 'zuzhi-shenghuohui', 'minzhu-pingyi', 'nianzhong-zongjie',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(monthsOf(byId.get('xuexi-jihua')!)).toEqual([1]);
    expect(byId.get('zhuti-dangri')!.frequency).toBe('每月');
    expect(monthsOf(byId.get('zuzhi-shenghuohui')!)[0]).toBeGreaterThanOrEqual(10);
    expect(monthsOf(byId.get('minzhu-pingyi')!)[0]).toBeGreaterThanOrEqual(10);
    for (let m = 1; m <= 12; m++) expect(tasks.some((t) => monthsOf(t).includes(m)), `${m}月`).toBe(true);
  });

  test('每个事项的依据、参考、自评表指标和页面都存在', () => {
    expect(calendarProblems(tasks, ctx)).toEqual([]);
    for (const t of tasks) {
      for (const id of [...t.basis, ...t.reference]) expect(reqs.has(id), `${t.id} → ${id}`).toBe(true);
      for (const ref of t.checklist) expect(items.has(ref), `${t.id} → ${ref}`).toBe(true);
    }
  });

  test('C 级和未核实的条目不作为规定：只出现在“建议”事项或参考中', () => {
    for (const t of tasks) {
      const weak = t.basis.filter((id) => isReferenceOnly(reqs.get(id)!.confidence));
      if (t.kind === '规定') expect(weak, t.id).toEqual([]);
      for (const id of t.reference) expect(isReferenceOnly(reqs.get(id)!.confidence), `${t.id} 的参考 ${id}`).toBe(true);
    }
    // The quarterly 党课 has no verified national frequency: it must be advice, with the caveat.
    expect(byId.get('dangke')!.kind).toBe('建议');
    expect(byId.get('dangke')!.reference).toContain('zhibu-dangke-pinci');
  });

  test('没有 A、B 级依据的年中检查、年底总结标为工作惯例，并说明原因', () => {
    for (const id of ['nianzhong-jiancha', 'nianzhong-zongjie', 'xuexi-jihua']) {
      expect(byId.get(id)!.kind, id).toBe('建议');
      expect(byId.get(id)!.why, id).toMatch(/\S{8,}/);
    }
  });

  test('“规定”事项的频次与依据条目的数字一致', () => {
    for (const t of tasks.filter((x) => x.kind === '规定')) {
      for (const id of t.basis) {
        const period = reqs.get(id)!.quantity?.period;
        if (period && ['每月', '每季度', '每半年', '每年'].includes(period)) expect(period, `${t.id} ← ${id}`).toBe(t.frequency);
      }
    }
  });

  test('时间的写法', () => {
    expect(scheduleText(byId.get('zhuti-dangri')!)).toBe('每月');
    expect(scheduleText(byId.get('dangyuan-dahui')!)).toBe('每季度（3月、6月、9月、12月）');
    expect(scheduleText(byId.get('xuexi-jihua')!)).toBe('每年1月');
    expect(scheduleText(byId.get('fazhan-duixiang-peixun')!)).toMatch(/^不定期：/);
    expect(reminderText(byId.get('zhuti-dangri')!)).toMatch(/^每月\d+日$/);
    expect(reminderText(byId.get('fazhan-duixiang-peixun')!)).toBeNull();
    expect(tasksDueIn(tasks, 12).map((t) => t.id)).toEqual(expect.arrayContaining(['zuzhi-shenghuohui', 'minzhu-pingyi', 'nianzhong-zongjie']));
    expect(tasksDueIn(tasks, 12).some((t) => t.frequency === '每月')).toBe(false);
  });
});

describe('日历数据的校验', () => {
  const base = { id: 'x', title: '测试事项', todo: '做一件测试用的事情', basis: ['tiaoli-17-zuzhi-shenghuohui'] };

  test('结构错误指出文件和事项', () => {
    expect(() => parseCalendar({ tasks: [{ ...base, frequency: '每年', day: 1, kind: '规定' }] }, 'c.yaml')).toThrow(/c\.yaml 中的事项 "x"：months：每年的事项写1个月份/);
    expect(() => parseCalendar({ tasks: [{ ...base, frequency: '每季度', months: [1, 2, 7, 10], day: 1, kind: '规定' }] }, 'c.yaml')).toThrow(/每个季度一个/);
    expect(() => parseCalendar({ tasks: [{ ...base, frequency: '每年', months: [3], day: 1, kind: '建议' }] }, 'c.yaml')).toThrow(/why/);
    expect(() => parseCalendar({ tasks: [{ ...base, frequency: '不定期', kind: '规定' }] }, 'c.yaml')).toThrow(/trigger/);
    const ok = { ...base, frequency: '每年', months: [12], day: 1, kind: '规定' };
    expect(() => parseCalendar({ tasks: [ok, ok] }, 'c.yaml')).toThrow(CalendarDataError);
    expect(CalendarTaskSchema.safeParse(ok).success).toBe(true);
  });

  test('引用错误：不存在的条目、以 C 级为依据的规定、频次不符、参考放了 A 级条目', () => {
    const t = (over: object) => CalendarTaskSchema.parse({ ...base, frequency: '每年', months: [12], day: 1, kind: '规定', ...over });
    const problems = calendarProblems(
      [
        t({ id: 'a', basis: ['no-such-id'] }),
        t({ id: 'b', basis: ['guihua2019-5-shizi'] }),
        t({ id: 'c', basis: ['zhibu-12-zhiweihui'] }),
        t({ id: 'd', reference: ['tiaoli-20-xueshi'] }),
        t({ id: 'e', checklist: ['zhibu-ziping/no-item'], page: '/guide/no-page/' }),
      ],
      ctx,
    );
    expect(problems).toEqual([
      '事项 "a"：basis 中的规定条目 "no-such-id" 不存在',
      expect.stringMatching(/^事项 "b"：核实程度为 C 的 "guihua2019-5-shizi" 只能作参考/),
      '事项 "c"：频次“每年”与依据 "zhibu-12-zhiweihui" 的“每月”不一致',
      expect.stringMatching(/^事项 "d"：reference 只放 C 级或未核实的条目/),
      '事项 "e"：自评表指标 "zhibu-ziping/no-item" 不存在',
      '事项 "e"：页面 /guide/no-page/ 不存在',
    ]);
  });
});
