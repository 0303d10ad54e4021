// 台账: one unit's records for one year — roster, organisational life and study, individual 学时.
// Stored in this browser only, one localStorage key per record (so two tabs editing different
// records never overwrite each other), and exported as one file (optionally encrypted).
import { z } from 'astro/zod';
import { ACTIVITY_KINDS, COMMITTEE_ROLES, LEDGER_SCHEMA_VERSION, MEMBER_KINDS, MEMBER_STATUSES } from './ledger-enums';

export { ACTIVITY_KINDS, COMMITTEE_ROLES, LEDGER_SCHEMA_VERSION, MEMBER_KINDS, MEMBER_STATUSES };
export type { ActivityKind } from './ledger-enums';

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
/** A calendar date written YYYY-MM-DD (what <input type="date"> gives). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期写成 2026-03-15 这样的形式')
  .refine(isRealDate, '不是有效的日期');

/** Short random id, unique within a ledger (kept short: 200 members × 400 activities must stay < 1 MB). */
export const RecordIdSchema = z.string().regex(/^[a-z0-9]{2,16}$/);

/** 学时 in steps of 0.5 (半个学时), at most 200 for one record. */
export const HoursSchema = z
  .number()
  .min(0)
  .max(200)
  .refine((n) => Number.isInteger(n * 2), '学时以 0.5 为单位');

export const MemberSchema = z.strictObject({
  id: RecordIdSchema,
  /** 姓名 (personal data: stays in this browser unless the user exports it). */
  name: z.string().trim().min(1, '缺少姓名').max(40),
  kind: z.enum(MEMBER_KINDS),
  /** 党小组; empty when the branch has none. */
  group: z.string().trim().max(40).default(''),
  status: z.enum(MEMBER_STATUSES),
  /** Set for members of the 支部委员会. */
  committee: z.enum(COMMITTEE_ROLES).optional(),
  /** Date the member joined this branch (转入/入党) during the year; absent = a member all year from 1 January. */
  joined: IsoDateSchema.optional(),
  /** Date the member left (转出、去世等) during the year; absent = still a member on 31 December. */
  left: IsoDateSchema.optional(),
  note: z.string().max(500).default(''),
});
export type Member = z.infer<typeof MemberSchema>;

export const AbsenceSchema = z.strictObject({
  memberId: RecordIdSchema,
  type: z.enum(['请假', '缺席']),
  reason: z.string().max(200).default(''),
});
export type Absence = z.infer<typeof AbsenceSchema>;

export const ActivitySchema = z.strictObject({
  id: RecordIdSchema,
  kind: z.enum(ACTIVITY_KINDS),
  date: IsoDateSchema,
  /** 主题 */
  topic: z.string().trim().min(1, '缺少主题').max(200),
  /** 主持人或主讲人 */
  host: z.string().max(80).default(''),
  /** 学时 each attendee earns (0 for a meeting that is not study). */
  hours: HoursSchema,
  /** 党小组, for 党小组会 (which members were expected). */
  group: z.string().max(40).default(''),
  place: z.string().max(100).default(''),
  note: z.string().max(1000).default(''),
  /** 一事一档: where the minutes and photos are kept. */
  archive: z.string().max(200).default(''),
  /** Members present (ids). */
  present: z.array(RecordIdSchema),
  /** Members expected but not present, with 请假/缺席 and the reason. */
  absent: z.array(AbsenceSchema).default([]),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** 学时 a member earned outside the branch's activities (在线学习, 党校 course …). */
export const PersonalHoursSchema = z.strictObject({
  id: RecordIdSchema,
  memberId: RecordIdSchema,
  date: IsoDateSchema,
  hours: HoursSchema.refine((n) => n > 0, '学时须大于 0'),
  /** Where the hours come from, e.g. “中国干部网络学院”“县委党校春季班”. */
  source: z.string().trim().min(1, '缺少来源').max(100),
  note: z.string().max(500).default(''),
});
export type PersonalHours = z.infer<typeof PersonalHoursSchema>;

/** The ledger itself: unit × year, without its records. */
export const LedgerMetaSchema = z.strictObject({
  schemaVersion: z.literal(LEDGER_SCHEMA_VERSION),
  id: RecordIdSchema,
  /** 单位（党支部）名称 */
  unit: z.string().trim().max(80),
  year: z.number().int().min(2000).max(2100),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type LedgerMeta = z.infer<typeof LedgerMetaSchema>;

/** A whole ledger as the pure functions in src/lib/ledger and the export file see it. */
export const LedgerSchema = z.strictObject({
  meta: LedgerMetaSchema,
  members: z.array(MemberSchema),
  activities: z.array(ActivitySchema),
  personalHours: z.array(PersonalHoursSchema),
});
export type Ledger = z.infer<typeof LedgerSchema>;

/** The exported file (台账导出文件). */
export const LEDGER_FILE_FORMAT = 'dyjy-ledger';
export const LedgerFileSchema = z.strictObject({
  format: z.literal(LEDGER_FILE_FORMAT),
  version: z.literal(LEDGER_SCHEMA_VERSION),
  exportedAt: z.string(),
  ledger: LedgerSchema,
});
export type LedgerFile = z.infer<typeof LedgerFileSchema>;

/** The same file protected with a passphrase: AES-GCM, key from PBKDF2-SHA-256 (Web Crypto). */
export const LEDGER_ENCRYPTED_FORMAT = 'dyjy-ledger-encrypted';
export const EncryptedLedgerFileSchema = z.strictObject({
  format: z.literal(LEDGER_ENCRYPTED_FORMAT),
  version: z.literal(LEDGER_SCHEMA_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000),
    /** base64 */
    salt: z.string().min(16),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    /** base64, 12 bytes */
    iv: z.string().min(16),
  }),
  /** base64 of the encrypted UTF-8 JSON of a LedgerFile. */
  data: z.string().min(1),
});
export type EncryptedLedgerFile = z.infer<typeof EncryptedLedgerFileSchema>;
