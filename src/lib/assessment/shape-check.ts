// Checks parsed JSON against a shape: the part of JSON Schema that zod writes for the stored
// assessment (z.toJSONSchema). The shape is derived from AssessmentSchema when the site is built
// (scripts/lib/stored-shape.ts, which refuses any keyword not handled here), so the pages that edit
// assessments check what the schema says without carrying zod.

export interface Shape {
  type?: string | string[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  items?: Shape;
  properties?: Record<string, Shape>;
  required?: string[];
  /** The shape of every key not in `properties` (a record's values). */
  additionalProperties?: Shape;
  /** The shape of every key (a record's keys). */
  propertyNames?: Shape;
}

export const SHAPE_KEYWORDS = ['type', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'maxItems', 'items', 'properties', 'required', 'additionalProperties', 'propertyNames'] as const;

export type ShapeProblem = { path: string; missing: boolean };

const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const fits = (type: string, v: unknown) => (type === 'integer' ? Number.isSafeInteger(v) : kind(v) === type);
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The first value that does not fit, by its path (“answers.plan.note”); null when everything fits. */
export function shapeProblem(shape: Shape, v: unknown, path = ''): ShapeProblem | null {
  const wrong = { path, missing: false };
  if (shape.type && ![shape.type].flat().some((t) => fits(t, v))) return wrong;
  if (shape.enum && !shape.enum.includes(v)) return wrong;
  if (typeof v === 'string' && (v.length < (shape.minLength ?? 0) || v.length > (shape.maxLength ?? Infinity))) return wrong;
  if (typeof v === 'number' && (v < (shape.minimum ?? -Infinity) || v > (shape.maximum ?? Infinity) || v <= (shape.exclusiveMinimum ?? -Infinity))) return wrong;
  if (Array.isArray(v)) {
    if (v.length > (shape.maxItems ?? Infinity)) return wrong;
    for (let i = 0; shape.items && i < v.length; i++) {
      const p = shapeProblem(shape.items, v[i], join(path, i));
      if (p) return p;
    }
  } else if (kind(v) === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of shape.required ?? []) if (o[k] === undefined) return { path: join(path, k), missing: true };
    for (const k of Object.keys(o)) {
      if (shape.propertyNames && shapeProblem(shape.propertyNames, k)) return { path: join(path, k), missing: false };
      const sub = shape.properties?.[k] ?? shape.additionalProperties;
      const p = sub && shapeProblem(sub, o[k], join(path, k));
      if (p) return p;
    }
  }
  return null;
}
