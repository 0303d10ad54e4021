import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../src/lib/assessment/decode';
import { AssessmentSchema } from '../../src/schemas/assessment';
import { storedShape } from '../../scripts/lib/stored-shape';

const stored = {
  schemaVersion: 1,
  id: 'a1',
  checklistId: 'zhibu-ziping',
  checklistVersion: 1,
  unit: '第一党支部',
  period: '2026',
  answers: { x: { value: 'done', note: '已制定', evidence: [{ ready: true, location: '档案盒1' }], review: 8.5 } },
  report: { facts: { members: 32, ledgerUsed: { members: { measure: 'members', value: 32, asOf: '2026-11-01' } } }, edits: { summary: '自己写的' } },
  rectification: { x: { owner: '张书记' } },
  createdAt: 1,
  updatedAt: 2,
};
const reason = (change: Record<string, unknown>) => {
  const d = decodeStored(JSON.stringify({ ...stored, ...change }));
  return d.ok ? 'ok' : d.reason;
};

describe('stored assessment', () => {
  it('reads a well-formed record, which the import schema also accepts', () => {
    const raw = JSON.stringify(stored);
    expect(decodeStored(raw)).toEqual({ ok: true, value: stored });
    expect(AssessmentSchema.safeParse(stored).success).toBe(true);
  });

  it('keeps the raw text and says why when a record cannot be read', () => {
    expect(decodeStored('{oops')).toEqual({ ok: false, raw: '{oops', reason: '不是有效的 JSON 数据' });
    expect(decodeStored('[1]')).toMatchObject({ ok: false, raw: '[1]', reason: '数据不是自评记录' });
    expect(reason({ schemaVersion: 2 })).toBe('数据版本 2 比本站支持的版本新');
    expect(reason({ schemaVersion: undefined })).toBe('缺少数据版本');
    expect(reason({ updatedAt: undefined })).toBe('缺少字段 updatedAt');
    expect(reason({ unit: 3 })).toBe('字段 unit 的内容不符合要求');
    expect(reason({ answers: [] })).toBe('字段 answers 的内容不符合要求');
  });

  it('checks every field the schema describes, down to answers, report facts and 整改清单', () => {
    expect(reason({ checklistVersion: 0 })).toBe('字段 checklistVersion 的内容不符合要求');
    expect(reason({ id: '' })).toBe('字段 id 的内容不符合要求');
    expect(reason({ answers: { x: { note: 5 } } })).toBe('字段 answers.x.note 的内容不符合要求');
    expect(reason({ answers: { x: { value: { a: 1 } } } })).toBe('字段 answers.x.value 的内容不符合要求');
    expect(reason({ answers: { x: { review: -1 } } })).toBe('字段 answers.x.review 的内容不符合要求');
    expect(reason({ answers: { x: { evidence: [{ location: '柜子' }] } } })).toBe('缺少字段 answers.x.evidence.0.ready');
    expect(reason({ answers: { x: { na: 'x'.repeat(1001) } } })).toBe('字段 answers.x.na 的内容不符合要求');
    expect(reason({ report: { facts: { members: 3.5 }, edits: {} } })).toBe('字段 report.facts.members 的内容不符合要求');
    expect(reason({ report: { facts: { ledgerUsed: { leaders: { measure: 'm', value: 1, asOf: '' } } }, edits: {} } })).toBe('字段 report.facts.ledgerUsed.leaders 的内容不符合要求');
    expect(reason({ report: { facts: {} } })).toBe('缺少字段 report.edits');
    expect(reason({ rectification: { x: { owner: 1 } } })).toBe('字段 rectification.x.owner 的内容不符合要求');
    expect(reason({ rectification: { x: { cost: '1' } } })).toBe('字段 rectification.x.cost 的内容不符合要求');
  });

  it('accepts and rejects exactly what the schema does', () => {
    const samples: unknown[] = [
      stored,
      { ...stored, answers: {} },
      { ...stored, answers: { x: { value: 3 }, y: { value: true, na: '' } } },
      { ...stored, answers: { x: { evidence: Array.from({ length: 51 }, () => ({ ready: false, location: '' })) } } },
      { ...stored, answers: { x: { ledger: { measure: 'm', value: 1 } } } },
      { ...stored, report: { facts: { hours: 10_001 }, edits: {} } },
      { ...stored, report: { facts: { hours: 32.5, date: '2026年12月' }, edits: { a: 'b' } } },
      { ...stored, createdAt: '1' },
      { ...stored, period: '2'.repeat(21) },
      { ...stored, rectification: { x: { problem: 'p', measure: 'm', owner: 'o', deadline: 'd', status: 's' } } },
    ];
    for (const s of samples) {
      expect(decodeStored(JSON.stringify(s)).ok, JSON.stringify(s).slice(0, 120)).toBe(AssessmentSchema.safeParse(s).success);
    }
  });

  it('a schema the storage check cannot follow stops the build with the reason', () => {
    expect(() => storedShape(z.object({ code: z.string().regex(/^\d+$/) }))).toThrow(/code.*“pattern”/);
  });
});
