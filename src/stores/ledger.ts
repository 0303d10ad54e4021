// 台账 storage and actions. Each record has its own localStorage key (lib/ledger/records.ts), so
// two tabs editing different records both keep their edits; values are kept as the raw text, so
// one that cannot be read stays byte for byte until the user deals with it.
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { derive, type Derived, type LedgerContext } from '../lib/ledger/derive';
import type { GridRule } from '../lib/ledger/grid-rules';
import type { PlannedTask } from '../lib/ledger/quick-entry';
import { assemble, metaKey, parseKey, recordKey, type ReadRecord } from '../lib/ledger/records';
import { isQuotaError } from '../lib/site/storage-probe';
import { LEDGER_SCHEMA_VERSION } from '../schemas/ledger-enums';
import type { Activity, Ledger, LedgerMeta, Member, PersonalHours } from '../schemas/ledger';
import { newRecordId } from './ledger-ids';

export const LEDGER_PREFIX = 'dyjy:v1:ledger:';

export const $raw = persistentMap<Record<string, string>>(LEDGER_PREFIX, {});
/** The ledger last opened on this computer. */
export const $selectedId = persistentAtom<string>('dyjy:v1:ledger-selected', '');

// Keeps the stored values loaded from the first use on. Without it the map is read when a page
// first subscribes, and an edit made before that (or after an unmount) could land on an empty map.
let keep: (() => void) | undefined;
export function ensureLoaded(): void {
  if (!keep) keep = $raw.listen(() => {});
}
/** For tests: forget the loaded state so the next use reads the (test) storage again. */
export function unloadForTests(): void {
  keep?.();
  keep = undefined;
}

// The zod checks load on first use (validate.ts), so the page's first load stays small; until
// then no ledger is shown and no action runs.
type Validate = typeof import('../lib/ledger/validate');
let v: Validate | null = null;
export const $ready = atom(false);
let loading: Promise<void> | undefined;
export function loadValidator(): Promise<void> {
  return (loading ??= import('../lib/ledger/validate').then((m) => {
    v = m;
    $ready.set(true);
  }));
}
const NOT_READY = { ok: false as const, message: '台账还在读取，请稍候再试。' };

const cache = new Map<string, { raw: string; read: ReadRecord }>();
const EMPTY = { ledgers: new Map<string, Ledger>(), unreadable: [] };
const $assembled = computed([$raw, $ready], (stored, ready) => (ready && v ? assemble(stored, cache, v.readRecord) : EMPTY));

export const $ledgers = computed($assembled, (a) => [...a.ledgers.values()].map((l) => l.meta).sort((x, y) => y.year - x.year || y.updatedAt - x.updatedAt));
export const $unreadable = computed($assembled, (a) => a.unreadable.map((u) => ({ ...u, key: LEDGER_PREFIX + u.key })));
/** The open ledger: the one last selected, else the latest year's (so an imported or only ledger opens by itself). */
export const $ledger = computed([$assembled, $selectedId], (a, id): Ledger | null => {
  const chosen = a.ledgers.get(id);
  if (chosen) return chosen;
  let latest: Ledger | null = null;
  for (const l of a.ledgers.values()) if (!latest || l.meta.year > latest.meta.year || (l.meta.year === latest.meta.year && l.meta.updatedAt > latest.meta.updatedAt)) latest = l;
  return latest;
});

/** Target, grid rules and today's date, set once by the page from the requirements data. */
export const $context = atom<LedgerContext | null>(null);
/** The work calendar's planned items (blanks to fill). */
export const $planned = atom<readonly PlannedTask[]>([]);

/** Today's date in the user's time zone, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function setContext(c: { target: number; rules: readonly GridRule[]; planned?: readonly PlannedTask[] }, today = localToday()): void {
  $context.set({ target: c.target, rules: c.rules, today });
  if (c.planned) $planned.set(c.planned);
}

/** A new activity the page should open in its form (from a planned blank or a copy). */
export type Draft = Partial<Omit<Activity, 'id'>> & { id?: string };
export const $draft = atom<Draft | null>(null);
export const openDraft = (d: Draft | null): void => $draft.set(d);
export const $derived = computed([$ledger, $context], (l, ctx): Derived | null => (l && ctx ? derive(l, ctx) : null));

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };
export const $saveState = atom<SaveState>({ kind: 'idle' });

export type Result<T = void> = { ok: true; value: T } | { ok: false; message: string };

function fail(err: unknown): Result<never> {
  const message = isQuotaError(err)
    ? '保存失败：浏览器的本机存储空间已满。请先导出台账（导出文件），再清理浏览器数据。'
    : '保存失败：本浏览器不允许网页保存数据（可能是无痕模式或安全设置）。请换用普通窗口，或及时导出台账。';
  $saveState.set({ kind: 'error', message });
  return { ok: false, message };
}

/** Writes records (key → value; undefined deletes) and touches the ledger's updatedAt. */
function write(ledgerId: string, records: Record<string, unknown>): Result {
  ensureLoaded();
  const now = Date.now();
  try {
    for (const [k, v] of Object.entries(records)) $raw.setKey(k, v === undefined ? (undefined as unknown as string) : JSON.stringify(v));
    const meta = getLedger(ledgerId)?.meta;
    if (meta) $raw.setKey(metaKey(ledgerId), JSON.stringify({ ...meta, updatedAt: now }));
  } catch (err) {
    return fail(err);
  }
  $saveState.set({ kind: 'saved', at: now });
  return { ok: true, value: undefined };
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues[0]?.message ?? '填写的内容不对';
}

export function getLedger(id: string): Ledger | null {
  ensureLoaded();
  return $assembled.get().ledgers.get(id) ?? null;
}

export function selectLedger(id: string): void {
  $selectedId.set(id);
}

export function createLedger(unit: string, year: number): Result<LedgerMeta> {
  ensureLoaded();
  if (!v) return NOT_READY;
  const now = Date.now();
  const parsed = v.LedgerMetaSchema.safeParse({ schemaVersion: LEDGER_SCHEMA_VERSION, id: newRecordId('l', (id) => !!getLedger(id)), unit, year, createdAt: now, updatedAt: now });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.some((i) => i.path[0] === 'year') ? '年度应为 2000—2100 之间的年份' : firstIssue(parsed.error) };
  try {
    $raw.setKey(metaKey(parsed.data.id), JSON.stringify(parsed.data));
  } catch (err) {
    return fail(err);
  }
  $saveState.set({ kind: 'saved', at: now });
  selectLedger(parsed.data.id);
  return { ok: true, value: parsed.data };
}

export function renameLedger(id: string, unit: string): Result {
  const l = getLedger(id);
  if (!l) return { ok: false, message: '找不到这本台账' };
  return write(id, { [metaKey(id)]: { ...l.meta, unit: unit.trim().slice(0, 80) } });
}

/** Removes a ledger and all its records from this browser (unreadable values are left alone). */
export function deleteLedger(id: string): Result {
  ensureLoaded();
  if (!v) return NOT_READY;
  const unreadable = new Set($assembled.get().unreadable.map((u) => u.key));
  for (const key of Object.keys($raw.get())) if (parseKey(key)?.ledgerId === id && !unreadable.has(key)) $raw.setKey(key, undefined as unknown as string);
  if ($selectedId.get() === id) $selectedId.set('');
  return { ok: true, value: undefined };
}

/** Stores a whole ledger as given (import: replaces a ledger with the same id, records not in it are removed). */
export function putLedger(ledger: Ledger): Result {
  ensureLoaded();
  if (!v) return NOT_READY;
  const id = ledger.meta.id;
  const wanted = new Map<string, unknown>([[metaKey(id), ledger.meta]]);
  for (const m of ledger.members) wanted.set(recordKey(id, 'm', m.id), m);
  for (const a of ledger.activities) wanted.set(recordKey(id, 'a', a.id), a);
  for (const h of ledger.personalHours) wanted.set(recordKey(id, 'h', h.id), h);
  try {
    for (const [key, v] of wanted) $raw.setKey(key, JSON.stringify(v));
    // Unreadable values are never removed here: only the user's own choice on the banner does that.
    const unreadable = new Set($assembled.get().unreadable.map((u) => u.key));
    for (const key of Object.keys($raw.get())) {
      if (parseKey(key)?.ledgerId === id && !wanted.has(key) && !unreadable.has(key)) $raw.setKey(key, undefined as unknown as string);
    }
  } catch (err) {
    return fail(err);
  }
  $saveState.set({ kind: 'saved', at: Date.now() });
  return { ok: true, value: undefined };
}

// —— 名册 ——
export type MemberInput = Omit<Member, 'id'>;

export function addMember(ledgerId: string, input: MemberInput): Result<Member> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const parsed = v.MemberSchema.safeParse({ ...input, id: newRecordId('', (id) => l.members.some((m) => m.id === id)) });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const dup = l.members.find((m) => m.name === parsed.data.name && m.group === parsed.data.group);
  if (dup) return { ok: false, message: `${parsed.data.group || '本支部'}已有名为“${parsed.data.name}”的党员` };
  if (parsed.data.joined && parsed.data.left && parsed.data.left < parsed.data.joined) return { ok: false, message: '转出日期早于转入日期' };
  const r = write(ledgerId, { [recordKey(ledgerId, 'm', parsed.data.id)]: parsed.data });
  return r.ok ? { ok: true, value: parsed.data } : r;
}

/** Adds members read by the roster import (ids already made, rows already checked), all in one write. */
export function addMembers(ledgerId: string, members: readonly Member[]): Result<number> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const ids = new Set(l.members.map((m) => m.id));
  const names = new Set(l.members.map((m) => `${m.name}\u0000${m.group}`));
  const records: Record<string, Member> = {};
  for (const m of members) {
    const parsed = v.MemberSchema.safeParse(m);
    if (!parsed.success) return { ok: false, message: `${m.name}：${firstIssue(parsed.error)}` };
    if (ids.has(m.id)) return { ok: false, message: `编号重复（${m.id}）` };
    const key = `${m.name}\u0000${m.group}`;
    if (names.has(key)) return { ok: false, message: `${m.group || '本支部'}已有名为“${m.name}”的党员` };
    ids.add(m.id);
    names.add(key);
    records[recordKey(ledgerId, 'm', m.id)] = parsed.data;
  }
  const r = write(ledgerId, records);
  return r.ok ? { ok: true, value: members.length } : r;
}

export function updateMember(ledgerId: string, member: Member): Result<Member> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const parsed = v.MemberSchema.safeParse(member);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const dup = l.members.find((m) => m.id !== member.id && m.name === parsed.data.name && m.group === parsed.data.group);
  if (dup) return { ok: false, message: `${parsed.data.group || '本支部'}已有名为“${parsed.data.name}”的党员` };
  if (parsed.data.joined && parsed.data.left && parsed.data.left < parsed.data.joined) return { ok: false, message: '转出日期早于转入日期' };
  const r = write(ledgerId, { [recordKey(ledgerId, 'm', member.id)]: parsed.data });
  return r.ok ? { ok: true, value: parsed.data } : r;
}

/** A member named in records is not deleted (their 学时 would vanish): set a 转出 date instead. */
export function deleteMember(ledgerId: string, memberId: string): Result {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  const used = l.activities.some((a) => a.present.includes(memberId) || a.absent.some((x) => x.memberId === memberId)) || l.personalHours.some((h) => h.memberId === memberId);
  if (used) return { ok: false, message: '这名党员已有活动或学时记录，不能删除；如已转出，请填写转出日期。' };
  return write(ledgerId, { [recordKey(ledgerId, 'm', memberId)]: undefined });
}

// —— 活动记录 ——
export type ActivityInput = Omit<Activity, 'id'>;

function checkActivity(l: Ledger, a: Activity): string | null {
  const ids = new Set(l.members.map((m) => m.id));
  const seen = new Set<string>();
  for (const id of [...a.present, ...a.absent.map((x) => x.memberId)]) {
    if (!ids.has(id)) return '到会或缺席名单中有不在名册里的人';
    if (seen.has(id)) return '同一名党员不能既到会又缺席';
    seen.add(id);
  }
  if (Number(a.date.slice(0, 4)) !== l.meta.year) return `日期不在 ${l.meta.year} 年内`;
  return null;
}

export function addActivity(ledgerId: string, input: ActivityInput): Result<Activity> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const parsed = v.ActivitySchema.safeParse({ ...input, id: newRecordId('', (id) => l.activities.some((a) => a.id === id)) });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const bad = checkActivity(l, parsed.data);
  if (bad) return { ok: false, message: bad };
  const r = write(ledgerId, { [recordKey(ledgerId, 'a', parsed.data.id)]: parsed.data });
  return r.ok ? { ok: true, value: parsed.data } : r;
}

export function updateActivity(ledgerId: string, activity: Activity): Result<Activity> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const parsed = v.ActivitySchema.safeParse(activity);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const bad = checkActivity(l, parsed.data);
  if (bad) return { ok: false, message: bad };
  const r = write(ledgerId, { [recordKey(ledgerId, 'a', activity.id)]: parsed.data });
  return r.ok ? { ok: true, value: parsed.data } : r;
}

export const deleteActivity = (ledgerId: string, id: string): Result => write(ledgerId, { [recordKey(ledgerId, 'a', id)]: undefined });

// —— 个人学时 ——
export type PersonalHoursInput = Omit<PersonalHours, 'id'>;

export function addPersonalHours(ledgerId: string, input: PersonalHoursInput): Result<PersonalHours> {
  const l = getLedger(ledgerId);
  if (!l) return { ok: false, message: '找不到这本台账' };
  if (!v) return NOT_READY;
  const parsed = v.PersonalHoursSchema.safeParse({ ...input, id: newRecordId('', (id) => l.personalHours.some((h) => h.id === id)) });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  if (!l.members.some((m) => m.id === parsed.data.memberId)) return { ok: false, message: '名册里没有这名党员' };
  if (Number(parsed.data.date.slice(0, 4)) !== l.meta.year) return { ok: false, message: `日期不在 ${l.meta.year} 年内` };
  const r = write(ledgerId, { [recordKey(ledgerId, 'h', parsed.data.id)]: parsed.data });
  return r.ok ? { ok: true, value: parsed.data } : r;
}

export const deletePersonalHours = (ledgerId: string, id: string): Result => write(ledgerId, { [recordKey(ledgerId, 'h', id)]: undefined });
