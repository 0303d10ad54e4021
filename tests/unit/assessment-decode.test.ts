import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../src/lib/assessment/decode';
import { AssessmentSchema } from '../../src/schemas/assessment';

const stored = {
  schemaVersion: 1,
  id: 'a1',
  checklistId: 'zhibu-ziping',
  checklistVersion: 1,
  unit: '第一党支部',
  period: '2026',
  answers: { x: { value: 'done' } },
  createdAt: 1,
  updatedAt: 2,
};

describe('stored assessment', () => {
  it('reads a well-formed record, which the import schema also accepts', () => {
    const raw = JSON.stringify(stored);
    expect(decodeStored(raw)).toEqual({ ok: true, value: stored });
    expect(AssessmentSchema.safeParse(stored).success).toBe(true);
  });

  it('keeps the raw text and says why when a record cannot be read', () => {
    expect(decodeStored('{oops')).toEqual({ ok: false, raw: '{oops', reason: '不是有效的 JSON 数据' });
    expect(decodeStored('[1]')).toMatchObject({ ok: false, reason: '数据不是自评记录' });
    expect(decodeStored(JSON.stringify({ ...stored, schemaVersion: 2 }))).toMatchObject({ ok: false, reason: '数据版本 2 比本站支持的版本新' });
    expect(decodeStored(JSON.stringify({ ...stored, schemaVersion: undefined }))).toMatchObject({ ok: false, reason: '缺少数据版本' });
    expect(decodeStored(JSON.stringify({ ...stored, unit: 3 }))).toMatchObject({ ok: false, reason: '缺少字段 unit' });
    expect(decodeStored(JSON.stringify({ ...stored, updatedAt: undefined }))).toMatchObject({ ok: false, reason: '缺少字段 updatedAt' });
    expect(decodeStored(JSON.stringify({ ...stored, answers: [] }))).toMatchObject({ ok: false, reason: '缺少答案数据' });
  });
});
