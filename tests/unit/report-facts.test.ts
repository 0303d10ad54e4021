import { describe, expect, test } from 'vitest';
import { applyReportPatch, parseFactNumber, reportOf } from '../../src/lib/report/facts';
import { sentence, splitMarkers } from '../../src/lib/report/text';

describe('报告事实', () => {
  test('数字：全角、带单位都可以，错误给出说明', () => {
    expect(parseFactNumber('members', '５２名')).toEqual({ ok: true, value: 52 });
    expect(parseFactNumber('attendance', '14904人次')).toEqual({ ok: true, value: 14904 });
    expect(parseFactNumber('hours', '35.5')).toEqual({ ok: true, value: 35.5 });
    expect(parseFactNumber('sessions', '')).toEqual({ ok: true, value: undefined });
    expect(parseFactNumber('members', '五十')).toMatchObject({ ok: false });
    expect(parseFactNumber('sessions', '1.5')).toMatchObject({ ok: false });
    expect(parseFactNumber('hours', '35.25')).toMatchObject({ ok: false });
  });

  test('保存的报告只取类型正确的字段', () => {
    expect(reportOf({})).toEqual({ facts: {}, edits: {} });
    expect(reportOf({ report: { facts: { members: '52', hours: 30, unit: 7, date: '2026年12月1日' }, edits: { basic: '文字', x: 1 } } })).toEqual({
      facts: { hours: 30, date: '2026年12月1日' },
      edits: { basic: '文字' },
    });
  });

  test('修改：undefined 删去事实，null 删去修改', () => {
    const r = applyReportPatch({ facts: { members: 5, unit: '甲' }, edits: { basic: 'a', result: 'b' } }, { facts: { members: undefined, sessions: 3 }, edits: { basic: null, practices: 'c' } });
    expect(r).toEqual({ facts: { unit: '甲', sessions: 3 }, edits: { result: 'b', practices: 'c' } });
  });
});

describe('文字工具', () => {
  test('用户文字补全句号、合并换行', () => {
    expect(sentence('开展12次\n到会率90%')).toBe('开展12次，到会率90%。');
    expect(sentence('已完成。')).toBe('已完成。');
    expect(sentence('  ')).toBe('');
  });

  test('待填写标记单独分出，便于突出显示', () => {
    expect(splitMarkers('党员【待填写：党员人数】名')).toEqual([
      { text: '党员', marker: false },
      { text: '【待填写：党员人数】', marker: true },
      { text: '名', marker: false },
    ]);
  });
});
