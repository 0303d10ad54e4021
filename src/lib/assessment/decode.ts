// Reads one stored assessment. It is checked against AssessmentSchema's shape, derived from the
// schema when the site is built (scripts/lib/stored-shape.ts), so the pages that edit assessments
// check every field without loading zod.
import type { Assessment } from '../../schemas/assessment';
import { SCHEMA_VERSION } from '../../schemas/assessment-limits';
import { shapeProblem, type Shape } from './shape-check';

declare const __ASSESSMENT_SHAPE__: Shape;

export type Decoded = { ok: true; value: Assessment } | { ok: false; raw: string; reason: string };

/** Anything that is not a readable assessment is reported with its raw text kept, never dropped. */
export function decodeStored(raw: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, raw, reason: '不是有效的 JSON 数据' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, raw, reason: '数据不是自评记录' };
  const v = (data as Record<string, unknown>)['schemaVersion'];
  if (typeof v !== 'number' || v > SCHEMA_VERSION) {
    return { ok: false, raw, reason: typeof v === 'number' ? `数据版本 ${v} 比本站支持的版本新` : '缺少数据版本' };
  }
  const problem = shapeProblem(__ASSESSMENT_SHAPE__, data);
  if (problem) return { ok: false, raw, reason: problem.missing ? `缺少字段 ${problem.path}` : `字段 ${problem.path} 的内容不符合要求` };
  return { ok: true, value: data as Assessment };
}
