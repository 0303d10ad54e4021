// Derives the storage check's shape (src/lib/assessment/shape-check.ts) from AssessmentSchema when
// the site is built or tested: astro.config.mjs and vitest.config.ts hand it to the browser code as
// __ASSESSMENT_SHAPE__. A schema that needs a keyword the check does not handle fails here, loudly.
import { z } from 'astro/zod';
import { AssessmentSchema } from '../../src/schemas/assessment';
import { SHAPE_KEYWORDS, type Shape } from '../../src/lib/assessment/shape-check';

const KNOWN = new Set<string>(SHAPE_KEYWORDS);
const SAFE = Number.MAX_SAFE_INTEGER;

function prune(node: Record<string, unknown>, path: string): Shape {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    // Implied by type "integer", which the check reads as a safe integer.
    if ((key === 'minimum' && value === -SAFE) || (key === 'maximum' && value === SAFE)) continue;
    // Keys of parsed JSON are always strings.
    if (key === 'propertyNames' && JSON.stringify(value) === '{"type":"string"}') continue;
    if (!KNOWN.has(key)) throw new Error(`自评数据结构（src/schemas/assessment.ts）在 ${path || '顶层'} 用到了存储检查不认识的“${key}”：请在 src/lib/assessment/shape-check.ts 中补上。`);
    if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, Record<string, unknown>>).map(([k, v]) => [k, prune(v, `${path}.${k}`)]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') {
      if (typeof value !== 'object' || value === null) throw new Error(`自评数据结构在 ${path} 的“${key}”不是结构描述，存储检查无法使用。`);
      out[key] = prune(value as Record<string, unknown>, `${path}.${key}`);
    } else {
      out[key] = value;
    }
  }
  return out as Shape;
}

/** The shape of a stored assessment, as AssessmentSchema accepts it on input. */
export function storedShape(schema: z.ZodType = AssessmentSchema): Shape {
  return prune(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>, '');
}
