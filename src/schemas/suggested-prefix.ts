// Kept apart from checklist.ts so browser code can use it without loading zod.
/** Every 建议口径 statement in checklist data starts with this. */
export const SUGGESTED_PREFIX = '建议口径：';
