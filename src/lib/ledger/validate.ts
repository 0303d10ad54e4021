// The zod checks of stored 台账 records and of new or edited ones. Kept apart from the rest of
// lib/ledger so the page's first load stays small: the store loads this module on first use.
import type { z } from 'astro/zod';
import {
  ActivitySchema,
  LedgerMetaSchema,
  LEDGER_SCHEMA_VERSION,
  MemberSchema,
  PersonalHoursSchema,
} from '../../schemas/ledger';
import { parseKey, type ReadRecord, type RecordKind } from './records';

export { ActivitySchema, LedgerMetaSchema, MemberSchema, PersonalHoursSchema };

const SCHEMAS: Record<RecordKind, z.ZodType> = { meta: LedgerMetaSchema, m: MemberSchema, a: ActivitySchema, h: PersonalHoursSchema };
const KIND_LABEL: Record<RecordKind, string> = { meta: '台账信息', m: '党员', a: '活动记录', h: '个人学时' };

/** Reads one stored value; anything unreadable comes back with a reason (the caller keeps the raw text). */
export function readRecord(key: string, raw: string): ReadRecord {
  const k = parseKey(key);
  if (!k) return { ok: false, reason: '无法识别的存储项' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: `${KIND_LABEL[k.kind]}不是有效的 JSON 数据` };
  }
  if (k.kind === 'meta' && typeof data === 'object' && data !== null) {
    const v = (data as { schemaVersion?: unknown }).schemaVersion;
    if (typeof v === 'number' && v > LEDGER_SCHEMA_VERSION) return { ok: false, reason: `台账数据版本 ${v} 比本站支持的版本新` };
  }
  const parsed = SCHEMAS[k.kind].safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, reason: `${KIND_LABEL[k.kind]}的字段 ${i.path.map(String).join('.') || '（整条）'} 不对：${i.message}` };
  }
  if (k.kind !== 'meta' && (parsed.data as { id: string }).id !== k.id) return { ok: false, reason: `${KIND_LABEL[k.kind]}的编号与存储项不一致` };
  return { ok: true, kind: k.kind, ledgerId: k.ledgerId, value: parsed.data };
}

