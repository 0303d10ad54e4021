// addMembers: the roster import's good rows go into the ledger in one write; a clash adds nothing.
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Member } from '../../src/schemas/ledger';
import { addMembers, createLedger, getLedger, loadValidator, unloadForTests } from '../../src/stores/ledger';

const member = (id: string, name: string, group = ''): Member => ({ id, name, kind: '正式党员', group, status: '在职', note: '' });

beforeAll(() => loadValidator());
beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
  unloadForTests();
});
afterEach(() => unloadForTests());

test('加入导入的党员；与名册同组同名时一个也不加', () => {
  const l = createLedger('第一党支部', 2026);
  if (!l.ok) throw new Error(l.message);
  expect(addMembers(l.value.id, [member('a1', '王建国', '一组'), member('a2', '李秀英', '一组')])).toEqual({ ok: true, value: 2 });
  expect(getLedger(l.value.id)!.members.map((m) => m.name).sort()).toEqual(['李秀英', '王建国']);

  const r = addMembers(l.value.id, [member('a3', '张伟'), member('a4', '王建国', '一组')]);
  expect(r).toEqual({ ok: false, message: '一组已有名为“王建国”的党员' });
  expect(getLedger(l.value.id)!.members).toHaveLength(2);
});
