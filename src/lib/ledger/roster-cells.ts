// Reading single roster cells as people type them in Excel/WPS: the many ways of writing a date,
// a 类别, a 状态 or a 支委职务. Each reader returns the value, or a Chinese reason it is not one.
import { COMMITTEE_ROLES, MEMBER_KINDS, MEMBER_STATUSES, type Member } from '../../schemas/ledger';

/** One cell as it comes from a paste (text) or a spreadsheet (number, date, boolean). */
export type RawCell = string | number | boolean | Date | null | undefined;

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Text of a cell with spaces trimmed; numbers and dates as they would show. */
export function cellText(c: RawCell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).replace(/\u00a0/g, ' ').trim();
}

/** Spaces people put between the characters of a name to line names up: 张　三 → 张三. */
export function cleanName(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
}

const squash = (s: string) => s.replace(/[\s\u3000、，,.。;；/／（）()-]/g, '');

const pad = (n: number) => String(n).padStart(2, '0');
function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Excel counts days from 1899-12-30 (its serial 60 is the 1900-02-29 that never was).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A date written 2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日, a spreadsheet date or an Excel serial number. */
export function readDate(c: RawCell): Read<string | undefined> {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return { ok: false, reason: '不是有效的日期' };
    // Spreadsheet readers give midnight UTC of the day shown in the cell.
    return { ok: true, value: c.toISOString().slice(0, 10) };
  }
  if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 1 || c > 2_958_465) return { ok: false, reason: `“${c}”不是日期` };
    return { ok: true, value: new Date(EXCEL_EPOCH + Math.floor(c) * DAY).toISOString().slice(0, 10) };
  }
  const s = cellText(c);
  if (s === '') return { ok: true, value: undefined };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return iso ? { ok: true, value: iso } : { ok: false, reason: `“${s}”不是有效的日期（请写成 2026-03-05 这样的形式）` };
}

const KINDS: Record<string, Member['kind']> = { 正式党员: '正式党员', 正式: '正式党员', 预备党员: '预备党员', 预备: '预备党员' };

/** 类别; empty means 正式党员 (most of a roster). */
export function readKind(c: RawCell): Read<Member['kind']> {
  const s = squash(cellText(c));
  if (s === '') return { ok: true, value: MEMBER_KINDS[0] };
  const kind = KINDS[s];
  return kind ? { ok: true, value: kind } : { ok: false, reason: `类别“${cellText(c)}”不是正式党员或预备党员` };
}

const STATUSES: Record<string, Member['status']> = {
  在职: '在职',
  在职党员: '在职',
  离退休: '离退休',
  离退休党员: '离退休',
  退休: '离退休',
  离休: '离退休',
  流动党员: '流动党员',
  流动: '流动党员',
  外出流动: '流动党员',
  年老体弱行动不便: '年老体弱、行动不便',
  年老体弱: '年老体弱、行动不便',
  行动不便: '年老体弱、行动不便',
};

/** 状态; empty means 在职. */
export function readStatus(c: RawCell): Read<Member['status']> {
  const s = squash(cellText(c));
  if (s === '') return { ok: true, value: MEMBER_STATUSES[0] };
  const status = STATUSES[s];
  return status ? { ok: true, value: status } : { ok: false, reason: `状态“${cellText(c)}”不认识（应为${MEMBER_STATUSES.join('、').replace('年老体弱、行动不便', '年老体弱行动不便')}之一）` };
}

const ROLES: Record<string, Member['committee']> = {
  书记: '书记',
  支部书记: '书记',
  党支部书记: '书记',
  副书记: '副书记',
  支部副书记: '副书记',
  委员: '委员',
  支委: '委员',
  支部委员: '委员',
  组织委员: '委员',
  宣传委员: '委员',
  纪检委员: '委员',
  青年委员: '委员',
  统战委员: '委员',
  保密委员: '委员',
};
const NO_ROLE = new Set(['', '无', '否', '—', '-', '/']);

/** 支委职务; empty or 无 means not on the committee. */
export function readCommittee(c: RawCell): Read<Member['committee']> {
  const raw = cellText(c);
  if (NO_ROLE.has(raw)) return { ok: true, value: undefined };
  const role = ROLES[squash(raw)];
  return role ? { ok: true, value: role } : { ok: false, reason: `支委职务“${raw}”不认识（应为${COMMITTEE_ROLES.join('、')}或组织委员等，不是支委的留空）` };
}
