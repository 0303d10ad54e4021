import { SCHEMA_VERSION, type Assessment } from './model';

export type Decoded = { ok: true; value: Assessment } | { ok: false; raw: string; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one stored assessment. Anything that is not a readable assessment is reported with
 * its raw text kept, never dropped: the caller keeps it for recovery.
 */
export function decodeStored(raw: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, raw, reason: '不是有效的 JSON 数据' };
  }
  if (!isObject(data)) return { ok: false, raw, reason: '数据不是自评记录' };
  const v = data['schemaVersion'];
  if (typeof v !== 'number' || v > SCHEMA_VERSION) {
    return { ok: false, raw, reason: typeof v === 'number' ? `数据版本 ${v} 比本站支持的版本新` : '缺少数据版本' };
  }
  const strings = ['id', 'checklistId', 'unit', 'period'] as const;
  for (const k of strings) if (typeof data[k] !== 'string') return { ok: false, raw, reason: `缺少字段 ${k}` };
  for (const k of ['checklistVersion', 'createdAt', 'updatedAt'] as const) {
    if (typeof data[k] !== 'number') return { ok: false, raw, reason: `缺少字段 ${k}` };
  }
  if (!isObject(data['answers'])) return { ok: false, raw, reason: '缺少答案数据' };
  return { ok: true, value: data as unknown as Assessment };
}
