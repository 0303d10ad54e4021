import { describe, expect, it } from 'vitest';
import { expectedMembers, lastOfKind, presentExcept } from '../../src/lib/ledger/quick-entry';
import { activity, ledgerOf, member } from './ledger-fixture';

const l = ledgerOf(
  [
    member('a', { group: '一组', committee: '书记' }),
    member('b', { group: '二组' }),
    member('c', { group: '一组', left: '2026-03-31' }),
    member('d', { group: '二组', joined: '2026-05-01', committee: '委员' }),
  ],
  [
    activity('x1', { kind: '党课', date: '2026-01-10', topic: '党章', hours: 2, present: ['a'] }),
    activity('x2', { kind: '党课', date: '2026-02-10', topic: '党史', hours: 3, present: ['b'] }),
  ],
);

describe('quick entry', () => {
  it('expects the members in the branch that day, in the 党小组 for a 党小组会, the committee for a 支委会', () => {
    expect(expectedMembers(l, '2026-04-10', '主题党日', '').map((m) => m.id)).toEqual(['a', 'b']);
    expect(expectedMembers(l, '2026-03-10', '党小组会', '一组').map((m) => m.id)).toEqual(['a', 'c']);
    expect(expectedMembers(l, '2026-06-10', '支部委员会', '').map((m) => m.id)).toEqual(['a', 'd']);
  });

  it('“all present except …” leaves out those marked absent', () => {
    expect(presentExcept(expectedMembers(l, '2026-06-10', '主题党日', ''), [{ memberId: 'b', type: '请假', reason: '' }])).toEqual(['a', 'd']);
  });

  it('copies the latest record of a kind without its id and date', () => {
    expect(lastOfKind(l, '党课')).toMatchObject({ kind: '党课', topic: '党史', hours: 3, present: ['b'] });
    expect(lastOfKind(l, '党课')).not.toHaveProperty('id');
    expect(lastOfKind(l, '党员大会')).toBeNull();
  });
});
