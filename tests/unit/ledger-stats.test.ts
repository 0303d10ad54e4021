import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/ledger/derive';
import { gridRules } from '../../src/lib/ledger/grid-rules';
import { measureValue } from '../../src/lib/ledger/measures';
import { meetingAttendance } from '../../src/lib/ledger/stats';
import type { Checklist } from '../../src/schemas/checklist';
import { activity, ledgerOf, member } from './ledger-fixture';
import { loadRequirements } from './load-requirements';

const rules = gridRules(new Map(loadRequirements().map((r) => [r.id, r])));

// 4 members: a, b (在职), c (年老体弱、行动不便), d (joined in July → target 32 × 6 / 12 = 16).
const l = ledgerOf(
  [member('a', { committee: '书记' }), member('b', { committee: '委员' }), member('c', { status: '年老体弱、行动不便' }), member('d', { joined: '2026-07-01' })],
  [
    // 党员大会: a, b present, c absent (exempt: not counted), 请假 for nobody else → 2/2.
    activity('m1', { kind: '党员大会', date: '2026-03-10', hours: 1, present: ['a', 'b'], absent: [{ memberId: 'c', type: '请假', reason: '' }] }),
    // 主题党日: a present, b 请假, d 缺席 → 1/3.
    activity('m2', { kind: '主题党日', date: '2026-07-15', hours: 2, present: ['a'], absent: [{ memberId: 'b', type: '请假', reason: '出差' }, { memberId: 'd', type: '缺席', reason: '' }] }),
    // 党课 (training): a, b, d → 3 person-times, 30 学时 each.
    activity('t1', { kind: '党课', date: '2026-09-01', hours: 30, present: ['a', 'b', 'd'] }),
    // 送学上门 (training): c → 1 person-time, 2 学时.
    activity('t2', { kind: '送学上门', date: '2026-09-02', hours: 2, present: ['c'] }),
    // 支委会: a present, b absent → 1 of 2 = half → valid.
    activity('z1', { kind: '支部委员会', date: '2026-01-05', present: ['a'], absent: [{ memberId: 'b', type: '缺席', reason: '' }] }),
  ],
);
const d = derive(l, { target: 32, rules, today: '2027-02-01' });

describe('到会率 and training figures', () => {
  it('到会率 of one meeting is present ÷ (present + absent)', () => {
    expect(meetingAttendance(l.activities[1]!)).toEqual({ activityId: 'm2', present: 1, expected: 3, rate: 33.3 });
  });

  it('average 到会率 leaves out 第二十三条 members: (2 + 1 + 3) ÷ (2 + 3 + 3) = 75%', () => {
    // m1: 2 of 2 (c left out); m2: 1 of 3; t1 (党课): 3 of 3; t2 (送学上门) is not one of the four kinds.
    expect(d.averageAttendance).toBe(75);
  });

  it('per member: b was present at m1 and t1, 请假 at m2, 缺席 at z1 → 2 of 4', () => {
    expect(d.attendance.find((x) => x.memberId === 'b')).toEqual({ memberId: 'b', attended: 2, expected: 4, leave: 1, rate: 50 });
  });

  it('培训期数 2, 参训人次 4, 人均学时 (33 + 31 + 2 + 30) ÷ 4 = 24', () => {
    // a: 1 + 2 + 30 = 33; b: 1 + 30 = 31; c: 2; d: 30.
    expect(d.training).toEqual({ sessions: 2, personTimes: 4, avgHours: 24 });
  });

  it('学时达标 share: a (33 ≥ 32) and d (30 ≥ 16) of a, b, d → 66.7%; c not counted', () => {
    expect(d.shareMet).toBe(66.7);
    expect(measureValue('share-members-32h', d, l)).toBe(66.7);
  });

  it('measures read the same figures', () => {
    expect(measureValue('member-count', d, l)).toBe(4);
    expect(measureValue('zhiweihui-valid-count', d, l)).toBe(1);
    expect(measureValue('dangyuan-dahui-quarters-held', d, l)).toBe(1);
    expect(measureValue('zhuti-dangri-count', d, l)).toBe(1);
    expect(measureValue('dangke-count', d, l)).toBe(1);
    expect(measureValue('training-person-times', d, l)).toBe(4);
    expect(measureValue('avg-hours', d, l)).toBe(24);
    expect(measureValue('dangxiaozu-hui-min-count', d, l)).toBeNull();
  });
});

describe('checklist items that take a 台账 figure', () => {
  it('an unknown measure or one that does not fit the rule fails with the item named', async () => {
    const { validateChecklist } = await import('../../src/lib/scoring/validate-checklist');
    const item = (id: string, rule: object, ledger: string) => ({ id, title: '指标', points: 2, rule, standard: '标准', evidence: ['记录'], method: ['查阅资料'], basis: [], problem: '问题', measure: '措施', ledger });
    const checklist = {
      id: 'x', title: '测试自评表', version: 1, total: 6, unitKind: '党支部', description: '用于测试的自评表', grades: [{ label: '好', min: 0 }, { label: '差', min: 0 }],
      dimensions: [{ id: 'd', title: '维度', items: [
        item('a', { kind: 'deduct', required: 4, per: 0.5, unit: '次' }, 'no-such-figure'),
        item('b', { kind: 'ratio', target: 80, perPercent: 0.1 }, 'zhiweihui-valid-count'),
        item('c', { kind: 'deduct', required: 4, per: 0.5, unit: '次' }, 'dangyuan-dahui-count'),
      ] }],
    };
    expect(validateChecklist(checklist as unknown as Checklist, null)).toEqual([
      '指标 a（指标）：ledger 写的“no-such-figure”不是台账能提供的数字（见 src/lib/ledger/measures.ts）',
      '指标 b（指标）：台账数字“zhiweihui-valid-count”（次）不能填入比例的指标',
    ]);
  });
});
