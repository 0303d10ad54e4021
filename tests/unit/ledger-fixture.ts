// Small hand-written ledgers for the 台账 unit tests.
import type { Activity, Ledger, Member } from '../../src/schemas/ledger';

export const member = (id: string, over: Partial<Member> = {}): Member => ({
  id, name: `党员${id}`, kind: '正式党员', group: '', status: '在职', note: '', ...over,
});

export const activity = (id: string, over: Partial<Activity> & Pick<Activity, 'kind' | 'date'>): Activity => ({
  id, topic: '学习', host: '', hours: 0, group: '', place: '', note: '', archive: '', present: [], absent: [], ...over,
});

export const ledgerOf = (members: Member[], activities: Activity[], personalHours: Ledger['personalHours'] = [], year = 2026): Ledger => ({
  meta: { schemaVersion: 1, id: 'l1', unit: '第一党支部', year, createdAt: 0, updatedAt: 0 },
  members,
  activities,
  personalHours,
});
