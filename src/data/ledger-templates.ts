// The blank ledgers of content/guide/ledger-templates.yaml, by id.
import { getEntry } from 'astro:content';
import type { LedgerTemplate } from '../schemas/ledger-template';

export const LEDGER_TEMPLATES_FILE = 'content/guide/ledger-templates.yaml';

export async function getLedgerTemplate(id: string): Promise<LedgerTemplate> {
  const t = await getEntry('ledgerTemplates', id);
  if (!t) throw new Error(`<BlankTemplate id="${id}" />：没有这个模板，见 ${LEDGER_TEMPLATES_FILE}。`);
  return t.data.entry;
}
