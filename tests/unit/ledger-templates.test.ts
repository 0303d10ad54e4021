// content/guide/ledger-templates.yaml: every template parses, cites requirements that exist, and a
// mistake is reported with the file and the template's id.
import { describe, expect, test } from 'vitest';
import { LedgerTemplateDataError, parseLedgerTemplates, templateLabels } from '../../src/lib/ledger/blank-templates';
import { LEDGER_TEMPLATES_FILE, loadLedgerTemplates, requirementMap } from './load-guide-data';

const ok = { id: 'x', title: '示例记录', purpose: '用于测试的示例模板。', checks: ['有签字。'], blocks: [{ kind: 'note', text: '填表说明。' }] };

describe('台账模板数据', () => {
  const templates = loadLedgerTemplates();

  test('五种模板，顺序与页面一致，id 不重复', () => {
    expect(templates.map((t) => t.id)).toEqual(['huiyi-jilu', 'qiandao-biao', 'xueshi-dengji', 'tanxin-jilu', 'liudong-taizhang']);
  });

  test('“对照规定”引用的规定条目都存在', () => {
    const requirements = requirementMap();
    for (const t of templates) for (const b of t.blocks) if (b.kind === 'rules') for (const id of b.ids) expect(requirements.has(id), `${t.id} → ${id}`).toBe(true);
  });

  test('打印的栏目名按模板的顺序列出', () => {
    const sign = templates.find((t) => t.id === 'qiandao-biao')!;
    expect(templateLabels(sign).slice(0, 8)).toEqual(['党支部', '活动名称或主题', '日期', '时间', '地点', '学时', '活动类型', '党员大会']);
  });

  test('写错时指出文件和模板 id', () => {
    expect(() => parseLedgerTemplates({ templates: [{ ...ok, blocks: [{ kind: 'lines', label: '内容' }] }] }, LEDGER_TEMPLATES_FILE)).toThrow(
      /ledger-templates\.yaml 中的模板 "x"：blocks\.0/,
    );
    expect(() => parseLedgerTemplates({ templates: [{ ...ok, blocks: [{ kind: 'table', columns: ['甲', '乙'], widths: [1], rows: 3 }] }] }, 'l.yaml')).toThrow(/widths 的个数要与 columns 相同/);
    expect(() => parseLedgerTemplates({ templates: [{ ...ok, blocks: [{ kind: 'practice', id: 'no-such' }] }] }, 'l.yaml')).toThrow(/模板 "x"/);
    expect(() => parseLedgerTemplates({ templates: [ok, ok] }, 'l.yaml')).toThrow(LedgerTemplateDataError);
    expect(() => parseLedgerTemplates({ list: [] }, 'l.yaml')).toThrow(/l\.yaml：文件格式不对/);
  });
});
