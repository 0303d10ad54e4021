// Reads the calendar, ledger templates, checklists and requirements the way the build does, for tests.
import { readFileSync, readdirSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { parseCalendar } from '../../src/lib/calendar/data';
import { parseLedgerTemplates } from '../../src/lib/ledger/blank-templates';
import type { LedgerTemplate } from '../../src/schemas/ledger-template';
import { ChecklistSchema, type Item } from '../../src/schemas/checklist';
import type { CalendarTask } from '../../src/schemas/calendar';
import type { Requirement } from '../../src/schemas/requirement';
import { loadRequirements } from './load-requirements';

export const CALENDAR_FILE = 'content/guide/calendar.yaml';

export const loadCalendar = (): CalendarTask[] => parseCalendar(parseYaml(readFileSync(CALENDAR_FILE, 'utf8')), CALENDAR_FILE);

export const LEDGER_TEMPLATES_FILE = 'content/guide/ledger-templates.yaml';

export const loadLedgerTemplates = (): LedgerTemplate[] => parseLedgerTemplates(parseYaml(readFileSync(LEDGER_TEMPLATES_FILE, 'utf8')), LEDGER_TEMPLATES_FILE);

export const requirementMap = (): Map<string, Requirement> => new Map(loadRequirements().map((r) => [r.id, r]));

/** "<checklist id>/<item id>" → item, for every shipped checklist. */
export function checklistItems(): Map<string, { checklistTitle: string; item: Item }> {
  const map = new Map<string, { checklistTitle: string; item: Item }>();
  for (const name of readdirSync('content/checklists').filter((n) => n.endsWith('.yaml'))) {
    const c = ChecklistSchema.parse(parseYaml(readFileSync(`content/checklists/${name}`, 'utf8')));
    for (const item of c.dimensions.flatMap((d) => d.items)) map.set(`${c.id}/${item.id}`, { checklistTitle: c.title, item });
  }
  return map;
}

/** Site paths of every page under content/docs (/, /guide/, /guide/rili/ …). */
export function sitePages(dir = 'content/docs', prefix = '/'): Set<string> {
  const pages = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const p of sitePages(`${dir}/${entry.name}`, `${prefix}${entry.name}/`)) pages.add(p);
    } else if (/\.mdx?$/.test(entry.name)) {
      const name = entry.name.replace(/\.mdx?$/, '');
      pages.add(name === 'index' ? prefix : `${prefix}${name}/`);
    }
  }
  return pages;
}
