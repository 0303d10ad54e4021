// A blank ledger (台账模板) a branch keeps as evidence (佐证材料), as listed in
// content/guide/ledger-templates.yaml. Each names the fields a reviewer looks for; requirement
// lines are drawn from the requirement data, local practice from its own list.
import { z } from 'astro/zod';
import { LOCAL_PRACTICES, type LocalPracticeId } from '../data/local-practices';

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const label = z.string().min(1).max(40);
const practiceIds = Object.keys(LOCAL_PRACTICES) as [LocalPracticeId, ...LocalPracticeId[]];

export const TemplateBlockSchema = z.discriminatedUnion('kind', [
  /** Label-and-blank pairs laid out in a grid. */
  z.strictObject({ kind: z.literal('fields'), fields: z.array(label).min(1), columns: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional() }),
  /** A line of tick boxes. */
  z.strictObject({ kind: z.literal('choices'), label, options: z.array(label).min(2) }),
  /** A label followed by ruled lines to write on. */
  z.strictObject({ kind: z.literal('lines'), label, lines: z.number().int().min(1).max(20) }),
  /** A ruled table; widths are relative column widths, one per column. */
  z
    .strictObject({
      kind: z.literal('table'),
      caption: label.optional(),
      columns: z.array(label).min(1),
      widths: z.array(z.number().positive()).optional(),
      rows: z.number().int().min(1).max(40),
      numbered: z.boolean().optional(),
    })
    .refine((t) => !t.widths || t.widths.length === t.columns.length, { message: 'widths 的个数要与 columns 相同', path: ['widths'] }),
  /** Requirements printed from the data: "事项：数字（出处）". */
  z.strictObject({ kind: z.literal('rules'), label, ids: z.array(z.string().regex(slug)).min(1) }),
  /** A local unit's practice, printed as 地方做法参考. */
  z.strictObject({ kind: z.literal('practice'), id: z.enum(practiceIds) }),
  z.strictObject({ kind: z.literal('signatures'), labels: z.array(label).min(1) }),
  z.strictObject({ kind: z.literal('note'), text: z.string().min(4) }),
]);

export const LedgerTemplateSchema = z.strictObject({
  /** Also the sheet's anchor on the templates page. */
  id: z.string().regex(slug, 'id 只能用小写字母、数字和连字符；它也是模板在页面上的锚点'),
  title: z.string().min(2).max(20),
  /** What it is for (on screen only). */
  purpose: z.string().min(8),
  /** What a reviewer checks in a filled-in copy (on screen only). */
  checks: z.array(z.string().min(4)).min(1),
  blocks: z.array(TemplateBlockSchema).min(1),
});

export type TemplateBlock = z.infer<typeof TemplateBlockSchema>;
export type LedgerTemplate = z.infer<typeof LedgerTemplateSchema>;

export const LedgerTemplateFileSchema = z.strictObject({
  templates: z.array(z.unknown()).min(1),
});
