// How a ledger is kept in storage: one key per record, so two tabs editing different records
// never overwrite each other. Keys (after the store's prefix): "<ledger>:meta", "<ledger>:m:<id>"
// (member), "<ledger>:a:<id>" (activity), "<ledger>:h:<id>" (personal 学时). Values are JSON.
import type { Ledger } from '../../schemas/ledger';

export type RecordKind = 'meta' | 'm' | 'a' | 'h';
export const metaKey = (ledgerId: string) => `${ledgerId}:meta`;
export const recordKey = (ledgerId: string, kind: Exclude<RecordKind, 'meta'>, id: string) => `${ledgerId}:${kind}:${id}`;

export function parseKey(key: string): { ledgerId: string; kind: RecordKind; id: string } | null {
  const m = /^([a-z0-9]{2,16}):(?:(meta)|([mah]):([a-z0-9]{2,16}))$/.exec(key);
  if (!m) return null;
  return m[2] ? { ledgerId: m[1]!, kind: 'meta', id: m[1]! } : { ledgerId: m[1]!, kind: m[3] as RecordKind, id: m[4]! };
}

export type ReadRecord = { ok: true; kind: RecordKind; ledgerId: string; value: unknown } | { ok: false; reason: string };
/** Reads and checks one stored value (validate.ts, loaded when the 台账 is first used). */
export type Reader = (key: string, raw: string) => ReadRecord;

export interface Unreadable {
  key: string;
  raw: string;
  reason: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
// “第二党小组” after “第一党小组”: Chinese numerals compared as digits (十 as 10 is close enough for group names).
const NUMERALS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
const groupKey = (g: string) => g.replace(/[一二三四五六七八九十]/g, (c) => NUMERALS[c]!);
/** Members by 党小组 then name (storage keeps no order); activities and 学时 by date. */
const byGroupName = (a: { group: string; name: string }, b: { group: string; name: string }) =>
  collator.compare(groupKey(a.group), groupKey(b.group)) || collator.compare(a.name, b.name);
const byDate = (a: { date: string; id: string }, b: { date: string; id: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1);

/**
 * Assembles ledgers from stored values. `cache` keeps each key's last text and its parse, so
 * after one change only the changed record is parsed again.
 */
export function assemble(
  stored: Readonly<Record<string, string>>,
  cache: Map<string, { raw: string; read: ReadRecord }>,
  readRecord: Reader,
): { ledgers: Map<string, Ledger>; unreadable: Unreadable[] } {
  const parts = new Map<string, { meta?: Ledger['meta']; members: Ledger['members']; activities: Ledger['activities']; personalHours: Ledger['personalHours'] }>();
  const unreadable: Unreadable[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(stored)) {
    const raw = stored[key]!;
    seen.add(key);
    const hit = cache.get(key);
    const r = hit && hit.raw === raw ? hit.read : readRecord(key, raw);
    if (!hit || hit.read !== r) cache.set(key, { raw, read: r });
    if (!r.ok) {
      unreadable.push({ key, raw, reason: r.reason });
      continue;
    }
    let p = parts.get(r.ledgerId);
    if (!p) parts.set(r.ledgerId, (p = { members: [], activities: [], personalHours: [] }));
    if (r.kind === 'meta') p.meta = r.value as Ledger['meta'];
    else if (r.kind === 'm') p.members.push(r.value as Ledger['members'][number]);
    else if (r.kind === 'a') p.activities.push(r.value as Ledger['activities'][number]);
    else p.personalHours.push(r.value as Ledger['personalHours'][number]);
  }
  if (cache.size > seen.size) for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  const ledgers = new Map<string, Ledger>();
  // Records whose ledger has no meta (deleted in another tab mid-way) are left out until it is back.
  for (const [id, p] of parts) {
    if (!p.meta) continue;
    p.members.sort(byGroupName);
    p.activities.sort(byDate);
    p.personalHours.sort(byDate);
    ledgers.set(id, { meta: p.meta, members: p.members, activities: p.activities, personalHours: p.personalHours });
  }
  return { ledgers, unreadable };
}
