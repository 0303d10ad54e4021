import { cleanTestStorage, getTestStorage, setPersistentEngine, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  $ledger,
  $saveState,
  $unreadable,
  addActivity,
  addMember,
  addPersonalHours,
  createLedger,
  deleteMember,
  getLedger,
  LEDGER_PREFIX,
  loadValidator,
  unloadForTests,
  updateMember,
} from '../../src/stores/ledger';

const P = LEDGER_PREFIX;
const person = (name: string, group = '') => ({ name, kind: '正式党员' as const, group, status: '在职' as const, note: '' });

beforeAll(() => loadValidator());
beforeEach(() => {
  useTestStorageEngine();
  cleanTestStorage();
  unloadForTests();
  $saveState.set({ kind: 'idle' });
});
afterEach(() => unloadForTests());

describe('ledger store', () => {
  it('keeps each record under its own key and shows the saved state', () => {
    const l = createLedger('第一党支部', 2026);
    if (!l.ok) throw new Error(l.message);
    const m = addMember(l.value.id, person('张三', '第一党小组'));
    if (!m.ok) throw new Error(m.message);
    const keys = Object.keys(getTestStorage()).filter((k) => k.startsWith(P)).sort();
    expect(keys).toEqual([`${P}${l.value.id}:m:${m.value.id}`, `${P}${l.value.id}:meta`].sort());
    expect(JSON.parse(getTestStorage()[`${P}${l.value.id}:m:${m.value.id}`]!).name).toBe('张三');
    expect($saveState.get().kind).toBe('saved');
    expect($ledger.get()?.members.map((x) => x.name)).toEqual(['张三']);
  });

  it('refuses a duplicate name in the same 党小组, a bad date and an empty name, with a Chinese message', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    addMember(l.value.id, person('李四', '一组'));
    expect(addMember(l.value.id, person('李四', '一组'))).toEqual({ ok: false, message: '一组已有名为“李四”的党员' });
    expect(addMember(l.value.id, person('李四', '二组')).ok).toBe(true);
    expect(addMember(l.value.id, { ...person('王五'), joined: '2026-02-30' })).toEqual({ ok: false, message: '不是有效的日期' });
    expect(addMember(l.value.id, person('  '))).toEqual({ ok: false, message: '缺少姓名' });
    expect(getLedger(l.value.id)!.members).toHaveLength(2);
  });

  it('an edit made before anything subscribed keeps the records already stored', () => {
    // Another session stored a ledger with one member; this page edits at once, before any subscriber.
    const meta = { schemaVersion: 1, id: 'lx1', unit: '支部', year: 2026, createdAt: 1, updatedAt: 1 };
    setTestStorageKey(`${P}lx1:meta`, JSON.stringify(meta));
    setTestStorageKey(`${P}lx1:m:aaaa`, JSON.stringify({ id: 'aaaa', ...person('旧党员') }));
    const r = addMember('lx1', person('新党员'));
    expect(r.ok).toBe(true);
    expect(getLedger('lx1')!.members.map((m) => m.name).sort()).toEqual(['新党员', '旧党员'].sort());
    expect(Object.keys(getTestStorage()).filter((k) => k.startsWith(`${P}lx1:m:`))).toHaveLength(2);
  });

  it('two tabs editing different records both keep their edits', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    const id = l.value.id;
    const a = addMember(id, person('甲'));
    if (!a.ok) throw new Error();
    // The other tab adds a member (a storage event reaches this tab) …
    setTestStorageKey(`${P}${id}:m:zzzz`, JSON.stringify({ id: 'zzzz', ...person('乙') }));
    // … while this tab edits its own.
    updateMember(id, { ...a.value, note: '本tab修改' });
    const names = getLedger(id)!.members.map((m) => [m.name, m.note]);
    expect(names).toEqual([
      ['甲', '本tab修改'],
      ['乙', ''],
    ]);
    expect(JSON.parse(getTestStorage()[`${P}${id}:m:zzzz`]!).name).toBe('乙');
  });

  it('keeps an unreadable stored value byte for byte and lists it with a reason', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    const bad = '{"id":"bbbb","name":"残缺'; // cut-off JSON
    setTestStorageKey(`${P}${l.value.id}:m:bbbb`, bad);
    expect($unreadable.get()).toEqual([{ key: `${P}${l.value.id}:m:bbbb`, raw: bad, reason: '党员不是有效的 JSON 数据' }]);
    addMember(l.value.id, person('丙'));
    unloadForTests();
    expect(getTestStorage()[`${P}${l.value.id}:m:bbbb`]).toBe(bad);
    expect(getLedger(l.value.id)!.members.map((m) => m.name)).toEqual(['丙']);
  });

  it('does not delete a member who has records; says to set a 转出 date', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    const m = addMember(l.value.id, person('丁'));
    if (!m.ok) throw new Error();
    addPersonalHours(l.value.id, { memberId: m.value.id, date: '2026-03-01', hours: 2, source: '网院', note: '' });
    expect(deleteMember(l.value.id, m.value.id)).toEqual({ ok: false, message: '这名党员已有活动或学时记录，不能删除；如已转出，请填写转出日期。' });
  });

  it('refuses an activity outside the ledger’s year or with someone both present and absent', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    const m = addMember(l.value.id, person('戊'));
    if (!m.ok) throw new Error();
    const base = { kind: '党课' as const, topic: '党章', host: '', hours: 2, group: '', place: '', note: '', archive: '' };
    expect(addActivity(l.value.id, { ...base, date: '2025-12-01', present: [m.value.id], absent: [] })).toEqual({ ok: false, message: '日期不在 2026 年内' });
    expect(addActivity(l.value.id, { ...base, date: '2026-12-01', present: [m.value.id], absent: [{ memberId: m.value.id, type: '请假', reason: '' }] })).toEqual({
      ok: false,
      message: '同一名党员不能既到会又缺席',
    });
    expect(getLedger(l.value.id)!.activities).toHaveLength(0);
  });

  it('says so clearly when storage is full, and keeps the record out of the page', () => {
    const l = createLedger('支部', 2026);
    if (!l.ok) throw new Error();
    const store = getTestStorage();
    const full = new Proxy(store, {
      set() {
        const e = new Error('quota');
        e.name = 'QuotaExceededError';
        throw e;
      },
    });
    setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
    const r = addMember(l.value.id, person('己'));
    expect(r).toEqual({ ok: false, message: '保存失败：浏览器的本机存储空间已满。请先导出台账（导出文件），再清理浏览器数据。' });
    expect($saveState.get().kind).toBe('error');
    expect(getLedger(l.value.id)!.members).toHaveLength(0);
  });
});
