// A broken data file must fail with a message naming the file and the entry.
import { describe, expect, test } from 'vitest';
import { RequirementDataError, assertUniqueIds, unknownRequirementMessage, validateRequirementsFile } from '../../src/lib/requirements/data';
import { RequirementSchema } from '../../src/schemas/requirement';

const FILE = 'content/requirements/tiaoli.yaml';
const good = {
  id: 'tiaoli-20-xueshi',
  article: '第二十条',
  title: '年度集中学习培训学时',
  summary: '党员每年参加集中学习培训的时间一般不少于32个学时。',
  audience: ['全体党员'],
  quantity: { value: 32, unit: '学时', period: '每年', qualifier: '一般不少于' },
  confidence: 'A',
  sourceUrl: 'https://www.12371.cn/2019/05/21/ARTI1558449177626771.shtml',
};
const fileWith = (...entries: object[]) => ({ source: 'tiaoli', requirements: entries });

describe('规定条目的结构校验', () => {
  test('合格的条目通过，并带上文件的 source', () => {
    const [r] = validateRequirementsFile(fileWith(good), FILE);
    expect(r).toMatchObject({ id: 'tiaoli-20-xueshi', source: 'tiaoli' });
  });

  test('缺少字段时报出文件、id 和字段名', () => {
    const { summary: _omit, ...missing } = good;
    expect(() => validateRequirementsFile(fileWith(missing), FILE)).toThrow(
      'content/requirements/tiaoli.yaml 中的条目 "tiaoli-20-xueshi"：缺少字段 summary',
    );
  });

  test('没有 id 的条目报出它是第几个', () => {
    const { id: _omit, ...noId } = good;
    expect(() => validateRequirementsFile(fileWith(good, noId), FILE)).toThrow('第 2 个条目（没有 id）');
  });

  test('id 重复时报出 id 和两个文件', () => {
    const a = validateRequirementsFile(fileWith(good), FILE);
    const b = validateRequirementsFile({ source: 'zhibu', requirements: [good] }, 'content/requirements/zhibu.yaml');
    expect(() => assertUniqueIds([{ file: FILE, requirements: a }, { file: 'content/requirements/zhibu.yaml', requirements: b }])).toThrow(
      /id "tiaoli-20-xueshi" 重复：content\/requirements\/tiaoli\.yaml 和 content\/requirements\/zhibu\.yaml/,
    );
    expect(() => assertUniqueIds([{ file: FILE, requirements: [...a, ...a] }])).toThrow(RequirementDataError);
  });

  test('C 级和未核实的条目必须写 note', () => {
    expect(() => validateRequirementsFile(fileWith({ ...good, confidence: 'C' }), FILE)).toThrow(/note/);
    expect(() => validateRequirementsFile(fileWith({ ...good, confidence: '未核实' }), FILE)).toThrow(/note/);
    expect(validateRequirementsFile(fileWith({ ...good, confidence: '未核实', note: '只见于一份二手材料。' }), FILE)).toHaveLength(1);
  });

  test('条号存疑（articleConfidence 为 C）时也必须写 note', () => {
    expect(() => validateRequirementsFile(fileWith({ ...good, confidence: 'B', articleConfidence: 'C' }), FILE)).toThrow(/条号存疑/);
    expect(() => validateRequirementsFile(fileWith({ ...good, articleConfidence: 'A' }), FILE)).toThrow(/与内容不同时/);
  });

  test('拒绝格式不对的 id、条号、适用对象、来源和多余字段', () => {
    const bad = [
      { ...good, id: 'Tiaoli_20' },
      { ...good, article: '20' },
      { ...good, audience: ['党员'] },
      { ...good, audience: [] },
      { ...good, sourceUrl: 'ftp://example.org/x' },
      { ...good, confidence: 'D' },
      { ...good, extra: 1 },
      { ...good, quantity: { value: 'thirty', unit: '学时', period: '每年' } },
    ];
    for (const entry of bad) expect(RequirementSchema.safeParse({ ...entry, source: 'tiaoli' }).success, JSON.stringify(entry)).toBe(false);
  });

  test('文件名必须与 source 一致，条目里不能再写 source', () => {
    expect(() => validateRequirementsFile({ source: 'zhibu', requirements: [good] }, FILE)).toThrow(/文件名应与 source 一致/);
    expect(() => validateRequirementsFile(fileWith({ ...good, source: 'zhibu' }), FILE)).toThrow(/不要在条目里写 source/);
    expect(() => validateRequirementsFile([good], FILE)).toThrow(/文件格式不对/);
  });

  test('页面引用不存在的 id 时，报错写出引用的位置和 id', () => {
    expect(unknownRequirementMessage('tiaoli-99-xxx', '<Requirement id="tiaoli-99-xxx" />')).toBe(
      '<Requirement id="tiaoli-99-xxx" />：找不到 id 为“tiaoli-99-xxx”的规定条目。请核对 content/requirements/ 中的 YAML 文件里有没有这个 id。',
    );
  });
});
