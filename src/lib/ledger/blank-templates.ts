// The blank ledgers of content/guide/ledger-templates.yaml: checked entry by entry (errors name
// the file and the template id), and the labels each one prints.
import { LedgerTemplateFileSchema, LedgerTemplateSchema, type LedgerTemplate } from '../../schemas/ledger-template';

export class LedgerTemplateDataError extends Error {
  override name = 'LedgerTemplateDataError';
}

const describe = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join('.') || '（整条）'}：${i.message}`).join('；');

/** Parses the YAML's contents (already read and parsed) into templates, or throws naming file and template. */
export function parseLedgerTemplates(data: unknown, file: string): LedgerTemplate[] {
  const head = LedgerTemplateFileSchema.safeParse(data);
  if (!head.success) throw new LedgerTemplateDataError(`${file}：文件格式不对（${describe(head.error.issues)}）。应为 templates 列表。`);
  const seen = new Set<string>();
  return head.data.templates.map((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const parsed = LedgerTemplateSchema.safeParse(raw);
    if (!parsed.success) throw new LedgerTemplateDataError(`${file} 中的${rawId ? `模板 "${rawId}"` : `第 ${index + 1} 个模板（没有 id）`}：${describe(parsed.error.issues)}`);
    if (seen.has(parsed.data.id)) throw new LedgerTemplateDataError(`${file}：模板 id "${parsed.data.id}" 重复。`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** Every label printed on a template, for checking a printout against the definition. */
export function templateLabels(t: LedgerTemplate): string[] {
  return t.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'fields':
        return b.fields;
      case 'choices':
        return [b.label, ...b.options];
      case 'lines':
      case 'rules':
        return [b.label];
      case 'table':
        return [...(b.caption ? [b.caption] : []), ...b.columns];
      case 'signatures':
        return b.labels;
      default:
        return [];
    }
  });
}
