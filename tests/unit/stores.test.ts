import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { exportText } from '../../src/lib/assessment/export-file';
import { newId, type Assessment } from '../../src/lib/assessment/model';
import {
  $assessments,
  $stored,
  $unreadable,
  deleteAssessment,
  duplicateAssessment,
  getAssessment,
  renameAssessment,
  reviewItem,
  STORAGE_PREFIX,
  updateAnswer,
} from '../../src/stores/assessments';
import { updateReport } from '../../src/stores/assessment-report';
import { updateRectification } from '../../src/stores/rectification';
import { $currentId, $checklist, selectAssessment } from '../../src/stores/checklist-session';
import { createAssessment, startAssessment } from '../../src/stores/new-assessment';
import { $importState, importAssessment, importFile, resolveImport } from '../../src/stores/import';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

beforeAll(() => useTestStorageEngine());
// Emptying the store first deletes its keys, so the cleaning sends no change events to a store
// that is still listening.
afterEach(() => {
  $stored.set({});
  cleanTestStorage();
});

const checklist = demoChecklist([{ id: 'd', title: '维度', items: [{ ...demoItem, id: 'plan', title: '年度计划', points: 10, rule: { kind: 'check' } }] }]);
const stored = (id: string) => JSON.parse(getTestStorage()[STORAGE_PREFIX + id] ?? 'null') as Assessment | null;
const make = (unit = '第一党支部') => createAssessment({ checklistId: 'demo', checklistVersion: 1, unit, period: '2026' });
const file = (text: string) => ({ size: new TextEncoder().encode(text).length, text: async () => text });

describe('自评的保存与修改', () => {
  test('新建的自评写入本机存储，并出现在列表里', () => {
    const a = make();
    expect(stored(a.id)).toMatchObject({ unit: '第一党支部', period: '2026', checklistId: 'demo', answers: {} });
    expect($assessments.get().map((x) => x.id)).toEqual([a.id]);
  });

  test('作答、清除作答、考核分都保存到这份自评', () => {
    const a = make();
    updateAnswer(a.id, 'plan', { value: 'done', note: '已制定' });
    reviewItem(a.id, 'plan', 8.5);
    expect(stored(a.id)!.answers['plan']).toEqual({ value: 'done', note: '已制定', review: 8.5 });
    updateAnswer(a.id, 'plan', { value: undefined });
    expect(stored(a.id)!.answers['plan']).toEqual({ note: '已制定', review: 8.5 });
  });

  test('重命名、复制、删除', () => {
    const a = make();
    renameAssessment(a.id, '第二党支部', '2027');
    expect(stored(a.id)).toMatchObject({ unit: '第二党支部', period: '2027' });
    const copy = duplicateAssessment(a.id)!;
    expect(copy.id).not.toBe(a.id);
    expect(stored(copy.id)).toMatchObject({ unit: '第二党支部（副本）', period: '2027' });
    deleteAssessment(a.id);
    expect(stored(a.id)).toBeNull();
    expect($assessments.get().map((x) => x.id)).toEqual([copy.id]);
  });

  test('报告的事实和改写的段落随这份自评保存；恢复自动内容即删去改写', () => {
    const a = make();
    updateReport(a.id, { facts: { members: 32, unit: '机关第一党支部' } });
    updateReport(a.id, { edits: { summary: '我们自己写的总体情况。' } });
    expect(stored(a.id)!.report).toEqual({ facts: { members: 32, unit: '机关第一党支部' }, edits: { summary: '我们自己写的总体情况。' } });
    updateReport(a.id, { facts: { members: undefined }, edits: { summary: null } });
    expect(stored(a.id)!.report).toEqual({ facts: { unit: '机关第一党支部' }, edits: {} });
    expect(stored(a.id)!.answers).toEqual({});
  });

  test('整改清单的修改逐栏保存，未改的栏目不动', () => {
    const a = make();
    updateRectification(a.id, 'plan', { owner: '张书记' });
    updateRectification(a.id, 'plan', { deadline: '2026年12月' });
    expect(stored(a.id)!.rectification).toEqual({ plan: { owner: '张书记', deadline: '2026年12月' } });
  });

  test('同一毫秒内生成的编号也互不相同', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId(1_700_000_000_000)));
    expect(ids.size).toBe(200);
  });

  test('另一个标签页保存的自评随即出现；读不出的数据原样保留', () => {
    const off = $assessments.listen(() => {});
    const other = { ...make('本页'), id: 'other', unit: '另一页' };
    setTestStorageKey(STORAGE_PREFIX + 'other', JSON.stringify(other));
    setTestStorageKey(STORAGE_PREFIX + 'bad', '{oops');
    expect($assessments.get().map((x) => x.unit).sort()).toEqual(['另一页', '本页']);
    expect($unreadable.get()).toEqual([{ key: STORAGE_PREFIX + 'bad', raw: '{oops', reason: '不是有效的 JSON 数据' }]);
    make('再建一份');
    expect(getTestStorage()[STORAGE_PREFIX + 'bad']).toBe('{oops');
    off();
  });
});

describe('新建和切换', () => {
  test('未填单位或年度不是四位数字时说明原因，不新建', () => {
    expect(startAssessment(checklist, ' ', '2026')).toBe('请填写单位名称');
    expect(startAssessment(checklist, '一支部', '26')).toBe('年度请填写四位数字，如 2026');
    expect($assessments.get()).toEqual([]);
  });

  test('新建后即打开它；可以切换到另一份', () => {
    $checklist.set(checklist);
    expect(startAssessment(checklist, ' 一支部 ', '2026')).toBeNull();
    const [a] = $assessments.get();
    expect(a).toMatchObject({ unit: '一支部', period: '2026' });
    expect($currentId.get()).toBe(a!.id);
    selectAssessment('x');
    expect($currentId.get()).toBe('x');
  });
});

describe('导入', () => {
  // The site serves each checklist as data/checklists/<id>.json; the import fetches the file's own.
  const served = vi.fn(async (url: string) => (url === '/data/checklists/demo.json' ? new Response(JSON.stringify(checklist)) : new Response('', { status: 404 })));
  beforeEach(() => vi.stubGlobal('fetch', served));
  afterEach(() => vi.unstubAllGlobals());
  const incoming = (): Assessment => ({ ...make('文件中的支部'), answers: { plan: { value: 'partial' } } });

  test('本机没有这份时直接导入', async () => {
    const a = incoming();
    deleteAssessment(a.id);
    await importFile(file(exportText(a, checklist)), ['demo']);
    expect($importState.get()).toEqual({ kind: 'done', message: '已导入“文件中的支部 2026年度”。' });
    expect(stored(a.id)).toMatchObject({ unit: '文件中的支部', answers: { plan: { value: 'partial' } } });
  });

  test('本机已有这份时先问；选“两份都保留”另存一份（导入）', async () => {
    const a = incoming();
    await importFile(file(exportText({ ...a, unit: '改过的支部' }, checklist)), ['demo']);
    expect($importState.get()).toMatchObject({ kind: 'conflict' });
    expect(stored(a.id)!.unit).toBe('文件中的支部');
    resolveImport('keep-both');
    expect($importState.get()).toEqual({ kind: 'done', message: '已导入“改过的支部（导入） 2026年度”。' });
    expect($assessments.get().map((x) => x.unit).sort()).toEqual(['改过的支部（导入）', '文件中的支部']);
  });

  test('选“替换”用文件的内容覆盖本机的这份；取消则不动', async () => {
    const a = incoming();
    await importFile(file(exportText({ ...a, unit: '改过的支部' }, checklist)), ['demo']);
    resolveImport(null);
    expect($importState.get()).toEqual({ kind: 'idle' });
    expect(stored(a.id)!.unit).toBe('文件中的支部');
    importAssessment({ ...a, unit: '改过的支部' }, 'replace');
    expect(stored(a.id)!.unit).toBe('改过的支部');
    expect($assessments.get()).toHaveLength(1);
  });

  test('不合格的文件说明原因，本机数据不变', async () => {
    const a = make();
    await importFile(file('not json'), ['demo']);
    expect($importState.get()).toMatchObject({ kind: 'error' });
    expect(($importState.get() as { message: string }).message).toContain('本机已保存的数据没有任何改动');
    expect(getAssessment(a.id)).toBeDefined();
    expect($assessments.get()).toHaveLength(1);
  });

  test('文件对应本站没有的自评表时说明原因，不去读取', async () => {
    served.mockClear();
    await importFile(file(exportText({ ...incoming(), checklistId: 'gone' }, checklist)), ['demo']);
    expect($importState.get()).toEqual({ kind: 'error', message: '导入失败：文件对应的自评表“gone”在本站不存在，无法导入。本机已保存的数据没有任何改动。' });
    expect(served).not.toHaveBeenCalled();
  });

  test('读取自评表失败时说明原因，本机数据不变', async () => {
    // Another checklist id than above: a page keeps a checklist it has read once.
    const other = { ...checklist, id: 'other' };
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })));
    await importFile(file(exportText({ ...incoming(), id: 'new-one', checklistId: 'other' }, other)), ['demo', 'other']);
    expect($importState.get()).toEqual({ kind: 'error', message: '导入失败：读取自评表数据失败：请检查与网站的连接后刷新页面重试。本机已保存的数据没有任何改动。' });
    expect(getAssessment('new-one')).toBeUndefined();
  });
});
