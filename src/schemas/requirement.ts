// One requirement stated on the site: what a regulation or plan asks for, where it says so,
// and how sure we are. Data lives in content/requirements/<source>.yaml.
import { z } from 'astro/zod';
import { AUDIENCES, CONFIDENCES, QUALIFIERS, SOURCES } from './requirement-enums';

export { AUDIENCES, CONFIDENCES, QUALIFIERS, SOURCES };

export const SourceSchema = z.enum(SOURCES);
export const AudienceSchema = z.enum(AUDIENCES);
export const ConfidenceSchema = z.enum(CONFIDENCES);

export type Source = z.infer<typeof SourceSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** 第二十条, 第十六条第二款, 第五部分, 第二章 (Chinese numerals, as the documents number them). */
export const ARTICLE_PATTERN = /^第[一二三四五六七八九十百零]+(条(第[一二三四五六七八九十]+款)?|部分|章)$/;

export const QuantitySchema = z.strictObject({
  // A number, or a written form for ranges and fractions ("3—5", "1/3").
  value: z.union([z.number().positive(), z.string().regex(/^\d+(\/\d+|—\d+)$/, '数值写成数字，或“3—5”“1/3”这样的形式')]),
  unit: z.string().min(1),
  // 每年 / 每月 / 每季度 / 每半年; null when the number is a length of time or a head count.
  period: z.string().min(1).nullable(),
  qualifier: z.enum(QUALIFIERS).optional(),
  // The number in words when value + unit cannot say it ("半数以上委员到会").
  text: z.string().min(2).optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const RequirementSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符（如 tiaoli-20-xueshi）'),
    source: SourceSchema,
    article: z.string().regex(ARTICLE_PATTERN, '条号写成“第二十条”“第十六条第二款”“第五部分”这样的形式').nullable(),
    // Set when the article number is less certain than the content (e.g. content B, number C).
    articleConfidence: ConfidenceSchema.optional(),
    title: z.string().min(2).max(24),
    summary: z.string().min(8),
    audience: z.array(AudienceSchema).min(1),
    quantity: QuantitySchema.optional(),
    confidence: ConfidenceSchema,
    sourceUrl: z.url({ protocol: /^https?$/ }),
    note: z.string().min(4).optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.confidence === 'C' || r.confidence === '未核实') && !r.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `核实程度为 ${r.confidence} 的条目必须写 note，说明为什么只能作参考` });
    }
    if (r.articleConfidence === r.confidence) {
      ctx.addIssue({ code: 'custom', path: ['articleConfidence'], message: '只有条号的核实程度与内容不同时才写 articleConfidence' });
    }
    if (r.articleConfidence && !r.article) {
      ctx.addIssue({ code: 'custom', path: ['articleConfidence'], message: '没有条号的条目不能写 articleConfidence' });
    }
    if (r.articleConfidence && (r.articleConfidence === 'C' || r.articleConfidence === '未核实') && !r.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '条号存疑的条目必须写 note，说明条号的问题' });
    }
  });

export type Requirement = z.infer<typeof RequirementSchema>;

/** A YAML file in content/requirements/: one source document and its requirements. */
export const RequirementsFileSchema = z.strictObject({
  source: SourceSchema,
  requirements: z.array(z.unknown()).min(1),
});
