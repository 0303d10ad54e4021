import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ReportMetaSchema } from './schemas/report-meta';

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
};
