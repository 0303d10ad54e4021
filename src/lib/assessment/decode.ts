// Reads one stored assessment. The full check (AssessmentSchema) loads with an import only; here
// the fields every page relies on are checked by kind, a list the compiler keeps in step with the
// schema, so a page that edits assessments does not carry zod.
import type { Assessment } from '../../schemas/assessment';
import { SCHEMA_VERSION } from '../../schemas/assessment-limits';

export type Decoded = { ok: true; value: Assessment } | { ok: false; raw: string; reason: string };

type Kind = 'string' | 'number' | 'object';
type RequiredKey = { [K in keyof Assessment]-?: undefined extends Assessment[K] ? never : K }[keyof Assessment];
const REQUIRED: Record<Exclude<RequiredKey, 'schemaVersion'>, Kind> = {
  id: 'string',
  checklistId: 'string',
  checklistVersion: 'number',
  unit: 'string',
  period: 'string',
  answers: 'object',
  createdAt: 'number',
  updatedAt: 'number',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Anything that is not a readable assessment is reported with its raw text kept, never dropped. */
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
  for (const [k, kind] of Object.entries(REQUIRED)) {
    const ok = kind === 'object' ? isObject(data[k]) : typeof data[k] === kind;
    if (!ok) return { ok: false, raw, reason: k === 'answers' ? '缺少答案数据' : `缺少字段 ${k}` };
  }
  return { ok: true, value: data as unknown as Assessment };
}
