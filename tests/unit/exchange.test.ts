import { describe, expect, test } from 'vitest';
import { readImport, MAX_IMPORT_BYTES } from '../../src/lib/assessment/exchange';
import { exportText } from '../../src/lib/assessment/export-file';
import { checklistChange } from '../../src/lib/assessment/checklist-versions';
import type { Assessment } from '../../src/lib/assessment/model';
import { newAssessment } from '../../src/lib/assessment/new-assessment';
import type { Checklist } from '../../src/schemas/checklist';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

const checklist: Checklist = demoChecklist(
  [
    {
      id: 'd',
      title: '维度',
      items: [
        { ...demoItem, id: 'plan', title: '年度计划', points: 4, rule: { kind: 'check' } },
        { ...demoItem, id: 'days', title: '主题党日', points: 6, rule: { kind: 'deduct', required: 12, per: 0.5 } },
      ],
    },
  ],
  { version: 2 },
);
const registry = new Map([[checklist.id, checklist]]);
const assessment: Assessment = {
  ...newAssessment({ checklistId: 'demo', checklistVersion: 2, unit: '第一党支部', period: '2026' }, 1_700_000_000_000, 'a1'),
  answers: { plan: { value: 'done', note: '<b>已制定</b>' }, days: { value: 10, review: 5 } },
};
const bytes = (s: string) => new TextEncoder().encode(s).length;
const read = (s: string) => readImport(s, bytes(s), registry);

describe('导出与导入', () => {
  test('导出再导入，内容完全一致', () => {
    const text = exportText(assessment, checklist);
    const r = read(text);
    expect(r).toEqual({ ok: true, assessment, notes: [] });
  });

  test('整改清单随自评一起导出导入', () => {
    const withList = { ...assessment, rectification: { days: { owner: '组织委员', deadline: '2026年12月' } } };
    expect(read(exportText(withList, checklist))).toEqual({ ok: true, assessment: withList, notes: [] });
  });

  test('带报告（基本情况和修改的段落）的自评：导出再导入，报告完整保留', () => {
    const withReport: Assessment = {
      ...assessment,
      report: { facts: { unit: '第一党支部', members: 52, hours: 35.5, leaders: '书记参加轮训' }, edits: { basic: '第一党支部现有党员52名。' } },
    };
    expect(read(exportText(withReport, checklist))).toEqual({ ok: true, assessment: withReport, notes: [] });
  });

  test('报告中的数字不合规时拒绝导入', () => {
    const bad = { ...assessment, report: { facts: { members: -1 }, edits: {} } };
    const r = read(file(bad));
    expect(!r.ok && r.message).toContain('report.facts.members');
  });

  test('带 BOM 的文件（记事本另存）也能导入', () => {
    expect(read('\uFEFF' + exportText(assessment, checklist)).ok).toBe(true);
  });

  const file = (a: unknown, extra: object = {}) => JSON.stringify({ format: 'dyjy-assessment', schemaVersion: 1, assessment: a, ...extra });
  const cases: [string, string, string][] = [
    ['空文件', '', '文件是空的'],
    ['不是 JSON', 'PK\u0003\u0004 这是一个 Word 文件', '无法按 JSON 格式读取'],
    ['不是本站格式', JSON.stringify({ name: '张三' }), '缺少本站的格式标记'],
    ['更新的数据版本', file(assessment, { schemaVersion: 9 }), '更新版本的本站导出'],
    ['未知的自评表', file({ ...assessment, checklistId: 'nope' }), '“nope”在本站不存在'],
    ['不存在的指标', file({ ...assessment, answers: { ghost: { value: 'done' } } }), '本自评表没有的指标（ghost）'],
    ['超出范围的答案', file({ ...assessment, answers: { days: { value: -3 } } }), '“主题党日”的答案超出范围'],
    ['超出分值的考核分', file({ ...assessment, answers: { days: { value: 3, review: 60 } } }), '考核分 60 超过本项分值 6 分'],
    ['缺字段', file({ ...assessment, unit: undefined }), '不完整或有误（unit）'],
  ];
  test.each(cases)('拒绝%s，并说明原因', (_, text, message) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });

  test('超过 5 MB 的文件不读取', () => {
    const r = readImport('{}', MAX_IMPORT_BYTES + 1, registry);
    expect(!r.ok && r.message).toContain('超过 5 MB');
  });

  test('按旧版自评表填写的文件：可以导入，并说明版本差异', () => {
    const old = { ...assessment, checklistVersion: 1, answers: { plan: { value: 'done' }, retired: { value: 'done' } } };
    const r = read(file(old));
    expect(r.ok && r.notes[0]).toContain('按第 1 版自评表填写，本站现为第 2 版');
  });
});

describe('自评表改版后的答案对应', () => {
  test('按指标 id 对应：列出新增指标和已取消的指标，旧答案保留', () => {
    const old = { ...assessment, checklistVersion: 1, answers: { plan: { value: 'done' as const }, retired: { value: 'none' as const } } };
    expect(checklistChange(old, checklist)).toEqual({ added: [{ id: 'days', title: '主题党日' }], removedIds: ['retired'] });
  });
  test('同一版本没有差异', () => {
    expect(checklistChange(assessment, checklist)).toBeNull();
  });
});
