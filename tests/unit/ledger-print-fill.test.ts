// What the filled 会议记录 and 签到表 print for one activity.
import { expect, test } from 'vitest';
import { kindOption, minutesFill, signInRows } from '../../src/lib/ledger/print-fill';
import type { Activity, Ledger } from '../../src/schemas/ledger';

const act = (a: Partial<Activity>): Activity => ({ id: 'a1', kind: '党小组会', date: '2026-06-10', topic: '学习', host: '', hours: 1, group: '', place: '', note: '', archive: '', present: [], absent: [], ...a });
const ledger: Ledger = {
  meta: { schemaVersion: 1, id: 'l1', unit: '一支部', year: 2026, createdAt: 0, updatedAt: 0 },
  members: [
    { id: 'm1', name: '王建国', kind: '正式党员', group: '一组', status: '在职', note: '' },
    { id: 'm2', name: '李秀英', kind: '正式党员', group: '二组', status: '在职', note: '' },
    { id: 'm3', name: '张伟', kind: '正式党员', group: '一组', status: '在职', left: '2026-05-31', note: '' },
    { id: 'm4', name: '赵敏', kind: '预备党员', group: '一组', status: '年老体弱、行动不便', note: '' },
    { id: 'm5', name: '陈刚', kind: '正式党员', group: '一组', status: '在职', joined: '2026-07-01', note: '' },
  ],
  activities: [],
  personalHours: [],
};

test('签到表列出当天在支部、属于该党小组的党员；请假的写出原因', () => {
  const a = act({ group: '一组', present: ['m1'], absent: [{ memberId: 'm4', type: '请假', reason: '住院' }] });
  // 张伟 left in May, 陈刚 joined in July, 李秀英 is in 二组.
  expect(signInRows(ledger, a)).toEqual([
    ['1', '王建国', '一组', '', '', '', ''],
    ['2', '赵敏', '一组', '', '', '请假：住院', ''],
  ]);
  expect(signInRows(ledger, act({ kind: '党员大会', date: '2026-03-01' })).map((r) => r[1])).toEqual(['王建国', '李秀英', '张伟', '赵敏']);
});

test('会议记录：应到、实到、请假人数和缺席原因', () => {
  const a = act({ kind: '党员大会', topic: '选举', host: '王建国', hours: 0, place: '会议室', present: ['m1', 'm2'], absent: [{ memberId: 'm4', type: '请假', reason: '住院' }, { memberId: 'm3', type: '缺席', reason: '' }] });
  const f = minutesFill(ledger, a);
  expect(f.fields).toEqual({ 党支部: '一支部', 会议日期: '2026-06-10', 地点: '会议室', 主持人: '王建国', 应到人数: '4', 实到人数: '2', 请假人数: '1' });
  expect(f.lines['缺席人员、原因和补学安排']).toBe('赵敏（请假：住院）；张伟（缺席）');
  expect(f.lines['学习内容（篇目、讲课人、时长）']).toBe('主讲人或主持人：王建国');
  // Printed before the meeting: no counts.
  expect(minutesFill(ledger, act({})).fields.应到人数).toBe('');
});

test('活动类型对应模板上的勾选项', () => {
  expect(kindOption('支部委员会', ['党员大会', '支部委员会会议', '其他'])).toBe('支部委员会会议');
  expect(kindOption('专题学习', ['集中学习', '其他'])).toBe('集中学习');
  expect(kindOption('在线学习', ['党课', '其他'])).toBe('其他');
});

