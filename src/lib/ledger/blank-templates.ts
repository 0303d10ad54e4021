// The blank ledgers of content/guide/ledger-templates.yaml: checked entry by entry (errors name
// the file and the template id), and the labels each one prints.
import { LedgerTemplateFileSchema, LedgerTemplateSchema, type LedgerTemplate } from '../../schemas/ledger-template';
import { parseEntryList } from '../content/entry-list';

export class LedgerTemplateDataError extends Error {
  override name = 'LedgerTemplateDataError';
}

/** Parses the YAML's contents (already read and parsed) into templates, or throws naming file and template. */
export const parseLedgerTemplates = (data: unknown, file: string): LedgerTemplate[] =>
  parseEntryList(data, file, { key: 'templates', fileSchema: LedgerTemplateFileSchema, entrySchema: LedgerTemplateSchema, noun: '模板', error: LedgerTemplateDataError });

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
