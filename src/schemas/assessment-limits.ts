// Length limits of the saved assessment's texts. Plain numbers, apart from the zod schema, so the
// forms can use them without loading zod (the schema itself loads only with an import).

/** Longest text of each report fact the form takes and an imported file may carry. */
export const TEXT_MAX = { unit: 200, period: 50, leaders: 5_000, highlights: 20_000, date: 50 } as const;
/** Longest user text for one report section. */
export const EDIT_MAX = 50_000;
/** Version of the stored/exported assessment shape. Only version 1 exists so far. */
export const SCHEMA_VERSION = 1;
