import { describe, expect, it } from 'vitest';
import { memberHours, proratedTarget } from '../../src/lib/ledger/hours';
import { activity, ledgerOf, member } from './ledger-fixture';

describe('学时 per member', () => {
  it('adds activity 学时 for members present and personal 学时, in 0.5 steps, by month', () => {
    const l = ledgerOf(
      [member('a'), member('b')],
      [
        activity('x1', { kind: '党课', date: '2026-01-20', hours: 1.5, present: ['a', 'b'] }),
        activity('x2', { kind: '主题党日', date: '2026-01-25', hours: 0.5, present: ['a'], absent: [{ memberId: 'b', type: '请假', reason: '出差' }] }),
        activity('x3', { kind: '集中培训', date: '2026-03-02', hours: 2, present: ['a'] }),
      ],
      [{ id: 'p1', memberId: 'b', date: '2026-03-10', hours: 2.5, source: '县委党校', note: '' }],
    );
    const [a, b] = memberHours(l, 32);
    // a: Jan 1.5 + 0.5 = 2; Mar 2 → 4.  b: Jan 1.5 (absent from x2); Mar 2.5 personal → 4.
    expect(a!.byMonth).toEqual([2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(a!.total).toBe(4);
    expect(b!.byMonth).toEqual([1.5, 0, 2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(b!.total).toBe(4);
    expect(a!.met).toBe(false);
    expect(a!.target).toBe(32);
    expect(a!.prorated).toBe(false);
  });

  it('ignores activities and personal 学时 of another year', () => {
    const l = ledgerOf(
      [member('a')],
      [activity('x1', { kind: '党课', date: '2025-12-31', hours: 3, present: ['a'] })],
      [{ id: 'p1', memberId: 'a', date: '2027-01-01', hours: 1, source: '网院', note: '' }],
    );
    expect(memberHours(l, 32)[0]!.total).toBe(0);
  });

  it('pro-rates the target by months in the branch, rounded up to 0.5 (建议口径)', () => {
    // 32 × 9 / 12 = 24 · 32 × 10 / 12 = 26.67 → 27 · 32 × 5 / 12 = 13.33 → 13.5 · 32 × 1 / 12 = 2.67 → 3
    expect(proratedTarget(32, 9)).toBe(24);
    expect(proratedTarget(32, 10)).toBe(27);
    expect(proratedTarget(32, 5)).toBe(13.5);
    expect(proratedTarget(32, 1)).toBe(3);
    expect(proratedTarget(32, 12)).toBe(32);
  });

  it('counts months from the joining month to the leaving month inclusive', () => {
    const l = ledgerOf(
      [
        member('apr', { joined: '2026-04-10' }), // Apr–Dec: 9 months → 24
        member('jun', { left: '2026-06-15' }), // Jan–Jun: 6 months → 16
        member('both', { joined: '2026-03-31', left: '2026-07-01' }), // Mar–Jul: 5 → 13.5
        member('old', { joined: '2019-05-01' }), // before this year: all 12 → 32, not pro-rated
      ],
      [],
    );
    const rows = memberHours(l, 32);
    expect(rows.map((r) => [r.memberId, r.months, r.target, r.prorated])).toEqual([
      ['apr', 9, 24, true],
      ['jun', 6, 16, true],
      ['both', 5, 13.5, true],
      ['old', 12, 32, false],
    ]);
  });

  it('a member who left in June meets a pro-rated 16 with 16 学时 earned by June', () => {
    const l = ledgerOf(
      [member('jun', { left: '2026-06-30' })],
      [
        activity('x1', { kind: '集中培训', date: '2026-02-10', hours: 8, present: ['jun'] }),
        activity('x2', { kind: '集中培训', date: '2026-05-10', hours: 7.5, present: ['jun'] }),
      ],
      [{ id: 'p1', memberId: 'jun', date: '2026-06-01', hours: 0.5, source: '网院', note: '' }],
    );
    const [r] = memberHours(l, 32);
    expect(r!.total).toBe(16);
    expect(r!.target).toBe(16);
    expect(r!.met).toBe(true);
  });

  it('年老体弱、行动不便 members (第二十三条) have no target and no shortfall', () => {
    const l = ledgerOf([member('old', { status: '年老体弱、行动不便' })], [activity('s', { kind: '送学上门', date: '2026-05-01', hours: 2, present: ['old'] })]);
    const [r] = memberHours(l, 32);
    expect(r!.total).toBe(2);
    expect(r!.target).toBeNull();
    expect(r!.met).toBeNull();
    expect(r!.prorated).toBe(false);
  });
});
