/** A new record id for the 台账 (RecordIdSchema: 2–16 lowercase letters and digits). */
export const newRecordId = (): string => `${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 8)}`.replace(/[^a-z0-9]/g, '0');
