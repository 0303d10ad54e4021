import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { RequirementSchema } from './schemas/requirement';
import { ChecklistSchema } from './schemas/checklist';
import { validateChecklist } from './lib/scoring/validate-checklist';
import { requirementsLoader } from './loaders/requirements-loader';
import { ReportMetaSchema } from './schemas/report-meta';
import { CalendarTaskSchema } from './schemas/calendar';
import { LedgerTemplateSchema } from './schemas/ledger-template';
import { parseCalendar } from './lib/calendar/data';
import { parseLedgerTemplates } from './lib/ledger/blank-templates';
import { inFileOrder, yamlListLoader } from './loaders/yaml-list-loader';

// Content lives in the top-level content/ folder; each collection's schema lives in src/schemas/.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: ReportMetaSchema }),
  }),
  i18n: defineCollection({
    loader: glob({ base: './content/i18n', pattern: '**/[^_]*.{json,yml,yaml}' }),
    schema: i18nSchema(),
  }),
  // One YAML file per source document (tiaoli.yaml, zhibu.yaml, …); entries are keyed by id.
  requirements: defineCollection({
    loader: requirementsLoader('content/requirements'),
    schema: RequirementSchema,
  }),
  // One YAML file per checklist; structural checks here, requirement references on the page.
  checklists: defineCollection({
    loader: glob({ base: './content/checklists', pattern: '*.yaml' }),
    schema: ChecklistSchema.superRefine((c, ctx) => {
      for (const message of validateChecklist(c, null)) ctx.addIssue({ code: 'custom', message });
    }),
  }),
  // The work calendar, one entry per task; its references to requirements,
  // checklist items and pages are checked where it is first read (src/data/calendar.ts).
  calendar: defineCollection({
    loader: yamlListLoader('content/guide/calendar.yaml', parseCalendar),
    schema: inFileOrder(CalendarTaskSchema),
  }),
  // The blank ledgers of the 台账模板 page.
  ledgerTemplates: defineCollection({
    loader: yamlListLoader('content/guide/ledger-templates.yaml', parseLedgerTemplates),
    schema: inFileOrder(LedgerTemplateSchema),
  }),
};
