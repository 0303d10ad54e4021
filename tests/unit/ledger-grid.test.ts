import { describe, expect, it } from 'vitest';
import { yearGrid, zhiweihuiQuorum } from '../../src/lib/ledger/grid';
import { gridRules, GridRuleError } from '../../src/lib/ledger/grid-rules';
import type { Requirement } from '../../src/schemas/requirement';
import { activity, ledgerOf, member } from './ledger-fixture';
import { loadRequirements } from './load-requirements';

const requirements = new Map(loadRequirements().map((r) => [r.id, r]));
const rules = gridRules(requirements);

describe('grid rules from the requirements data', () => {
  it('takes each kind’s period from its requirement', () => {
    expect(rules.map((r) => [r.kind, r.period, r.requirementId])).toEqual([
      ['党员大会', 'quarter', 'zhibu-11-dangyuan-dahui'],
      ['支部委员会', 'month', 'zhibu-12-zhiweihui'],
      ['党小组会', 'month', 'zhibu-13-dangxiaozu-hui'],
      ['主题党日', 'month', 'tiaoli-16-zhuti-dangri'],
      ['组织生活会', 'year', 'tiaoli-17-zuzhi-shenghuohui'],
      ['民主评议党员', 'year', 'tiaoli-18-minzhu-pingyi'],
    ]);
  });

  it('refuses a requirement that is only 参考 (C)', () => {
    const copy = new Map(requirements);
    copy.set('zhibu-11-dangyuan-dahui', { ...(requirements.get('zhibu-11-dangyuan-dahui') as Requirement), confidence: 'C', note: '测试用' });
    expect(() => gridRules(copy)).toThrow(GridRuleError);
  });
});

const committee = [
  member('s', { committee: '书记' }),
  member('f', { committee: '副书记' }),
  member('w1', { committee: '委员' }),
  member('w2', { committee: '委员' }),
  member('w3', { committee: '委员' }),
  member('m'),
];

describe('支委会 quorum (半数以上委员到会)', () => {
  it('2 of 5 committee members present does not count; 3 of 5 does', () => {
    const two = activity('z1', { kind: '支部委员会', date: '2026-01-05', present: ['s', 'f', 'm'] });
    const three = activity('z2', { kind: '支部委员会', date: '2026-02-05', present: ['s', 'f', 'w1'] });
    expect(zhiweihuiQuorum(two, committee)).toEqual({ size: 5, present: 2, ok: false });
    expect(zhiweihuiQuorum(three, committee)).toEqual({ size: 5, present: 3, ok: true });
  });

  it('exactly half counts, and a committee member who has left is not counted', () => {
    const members = [...committee.slice(0, 4), member('w3', { committee: '委员', left: '2026-03-31' })];
    // On 2026-04-05 the committee is s, f, w1, w2 (4); two present = half → counts.
    expect(zhiweihuiQuorum(activity('z', { kind: '支部委员会', date: '2026-04-05', present: ['s', 'w2'] }), members)).toEqual({ size: 4, present: 2, ok: true });
  });

  it('marks a month whose only 支委会 lacked quorum as invalid, with the reason', () => {
    const l = ledgerOf(committee, [activity('z1', { kind: '支部委员会', date: '2026-01-05', present: ['s', 'f'] })]);
    const row = yearGrid(l, rules, '2027-01-10').find((r) => r.kind === '支部委员会')!;
    expect(row.cells[0]!.state).toBe('invalid');
    expect(row.cells[0]!.invalid[0]!.reason).toBe('到会支委 2 人，支委共 5 人，不足半数，不算召开');
    expect(row.cells[1]!.state).toBe('missing');
    expect(row.held).toBe(0);
    expect(row.due).toBe(12);
  });
});

describe('year grid', () => {
  const dahui = (id: string, date: string) => activity(id, { kind: '党员大会', date, present: ['m'] });
  const l = ledgerOf([member('m')], [dahui('d1', '2026-02-10'), dahui('d3', '2026-08-01'), dahui('d4', '2026-12-20')]);

  it('a quarter without a 党员大会 is missing once the quarter is over', () => {
    const row = yearGrid(l, rules, '2027-01-05').find((r) => r.kind === '党员大会')!;
    expect(row.cells.map((c) => [c.from, c.to, c.state])).toEqual([
      [1, 3, 'held'],
      [4, 6, 'missing'],
      [7, 9, 'held'],
      [10, 12, 'held'],
    ]);
    expect([row.held, row.due]).toEqual([3, 4]);
  });

  it('periods not over yet are not yet due, not missing', () => {
    const row = yearGrid(l, rules, '2026-05-20').find((r) => r.kind === '党员大会')!;
    // Q1 over and held; Q2 (Apr–Jun) still running with nothing yet → not due; Q3, Q4 have records → held.
    expect(row.cells.map((c) => c.state)).toEqual(['held', 'notDue', 'held', 'held']);
    const zhuti = yearGrid(l, rules, '2026-05-20').find((r) => r.kind === '主题党日')!;
    // January–April are over (missing), May on are not due.
    expect(zhuti.cells.map((c) => c.state)).toEqual(['missing', 'missing', 'missing', 'missing', ...Array(8).fill('notDue')]);
    expect(zhuti.due).toBe(4);
  });

  it('党小组会 has one row per 党小组 of the roster', () => {
    const g = ledgerOf(
      [member('a', { group: '第一党小组' }), member('b', { group: '第二党小组' })],
      [activity('g1', { kind: '党小组会', date: '2026-03-03', group: '第二党小组', present: ['b'] })],
    );
    const rows = yearGrid(g, rules, '2027-01-01').filter((r) => r.kind === '党小组会');
    expect(rows.map((r) => [r.group, r.held])).toEqual([
      ['第一党小组', 0],
      ['第二党小组', 1],
    ]);
  });
});
