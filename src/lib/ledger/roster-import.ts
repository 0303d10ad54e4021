// Roster rows pasted from Excel/WPS or read from an .xlsx sheet → members to add, and the rows
// that cannot be added with their row numbers and reasons. Nothing here changes any stored data.
import { MemberSchema, type Member } from '../../schemas/ledger';
import { cellText, cleanName, readCommittee, readDate, readKind, readStatus, type RawCell } from './roster-cells';

export type { RawCell } from './roster-cells';

/** Columns in the order used when the rows have no header. */
export const ROSTER_COLUMNS = ['姓名', '类别', '党小组', '状态', '支委职务', '转入日期', '转出日期', '备注'] as const;
type Column = (typeof ROSTER_COLUMNS)[number];

const HEADER_NAMES: Record<Column, string[]> = {
  姓名: ['姓名', '名字', '党员姓名'],
  类别: ['类别', '党员类别', '身份', '正式/预备', '正式或预备', '人员类别'],
  党小组: ['党小组', '所在党小组', '小组', '所属党小组'],
  状态: ['状态', '党员状态', '人员状态', '在职情况'],
  支委职务: ['支委职务', '职务', '支委', '党内职务', '支部职务'],
  转入日期: ['转入日期', '转入', '转入时间', '加入日期', '入支部日期'],
  转出日期: ['转出日期', '转出', '转出时间', '离开日期'],
  备注: ['备注', '说明'],
};
const headerOf = new Map<string, Column>(Object.entries(HEADER_NAMES).flatMap(([col, names]) => names.map((n) => [n, col as Column])));

export interface GoodRow {
  /** Row number as the user sees it: the line of the paste, or the sheet row. */
  row: number;
  member: Member;
}
export interface BadRow {
  row: number;
  /** The name cell as written (may be empty). */
  name: string;
  reasons: string[];
}
export interface RosterImport {
  /** Whether the first row was read as column titles. */
  header: boolean;
  good: GoodRow[];
  bad: BadRow[];
}

/** Splits text copied from Excel/WPS: rows by line, cells by tab; a cell with a line break comes quoted. */
export function splitPasted(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

const isBlank = (r: RawCell[]) => r.every((c) => cellText(c) === '');

/** Column positions from a header row, or null when the row is data. */
function readHeader(r: RawCell[]): Map<Column, number> | null {
  const cols = new Map<Column, number>();
  r.forEach((c, i) => {
    const col = headerOf.get(cellText(c).replace(/\s/g, ''));
    if (col && !cols.has(col)) cols.set(col, i);
  });
  return cols.has('姓名') ? cols : null;
}

const groupKey = (name: string, group: string) => `${name.replace(/\s/g, '')}\u0000${group}`;

export interface RosterImportOptions {
  /** The ledger's year: dates outside it are clipped (a member all year) or refused. */
  year: number;
  /** Members already on the roster (for duplicate names). */
  existing: readonly Member[];
  newId: () => string;
  /** Row number of rows[0] (1 for a paste or a sheet read from its first row). */
  firstRow?: number;
}

/** Reads roster rows (first row may be a header) into members to add and rows refused. */
export function readRoster(rows: readonly RawCell[][], opts: RosterImportOptions): RosterImport {
  const first = opts.firstRow ?? 1;
  const start = rows.findIndex((r) => !isBlank(r));
  const header = start >= 0 ? readHeader(rows[start]!) : null;
  const cols = header ?? new Map(ROSTER_COLUMNS.map((c, i) => [c, i] as const));
  const cell = (r: RawCell[], c: Column) => {
    const i = cols.get(c);
    return i === undefined ? null : r[i];
  };
  const seen = new Map<string, number>();
  const onRoster = new Set(opts.existing.map((m) => groupKey(m.name, m.group)));
  const result: RosterImport = { header: header !== null, good: [], bad: [] };
  const yearStart = `${opts.year}-01-01`;
  const yearEnd = `${opts.year}-12-31`;

  rows.forEach((r, i) => {
    if (isBlank(r) || (header && i === start)) return;
    const row = first + i;
    const reasons: string[] = [];
    const rawName = cellText(cell(r, '姓名'));
    const name = cleanName(rawName);
    const group = cellText(cell(r, '党小组'));
    const kind = readKind(cell(r, '类别'));
    const status = readStatus(cell(r, '状态'));
    const committee = readCommittee(cell(r, '支委职务'));
    const joined = readDate(cell(r, '转入日期'));
    const left = readDate(cell(r, '转出日期'));
    const note = cellText(cell(r, '备注'));

    if (name === '') reasons.push('缺少姓名');
    else if (name.length > 40) reasons.push('姓名超过 40 个字');
    if (group.length > 40) reasons.push('党小组名称超过 40 个字');
    if (note.length > 500) reasons.push('备注超过 500 个字');
    for (const read of [kind, status, committee]) if (!read.ok) reasons.push(read.reason);
    if (!joined.ok) reasons.push(`转入日期${joined.reason}`);
    if (!left.ok) reasons.push(`转出日期${left.reason}`);

    let joinedDate = joined.ok ? joined.value : undefined;
    let leftDate = left.ok ? left.value : undefined;
    if (joinedDate && joinedDate > yearEnd) reasons.push(`转入日期 ${joinedDate} 在 ${opts.year} 年之后，不是本年度的党员`);
    if (leftDate && leftDate < yearStart) reasons.push(`转出日期 ${leftDate} 在 ${opts.year} 年之前，不是本年度的党员`);
    if (joinedDate && leftDate && leftDate < joinedDate) reasons.push(`转出日期 ${leftDate} 早于转入日期 ${joinedDate}`);
    // Dates outside the year only say "a member since before / until after this year".
    if (joinedDate && joinedDate <= yearStart) joinedDate = undefined;
    if (leftDate && leftDate >= yearEnd) leftDate = undefined;

    if (name !== '') {
      const key = groupKey(name, group);
      const where = group ? `“${group}”党小组` : '未分党小组的党员';
      if (onRoster.has(key)) reasons.push(`名册中${where}已有“${name}”`);
      else if (seen.has(key)) reasons.push(`与第 ${seen.get(key)} 行重名（同在${where}）`);
      else seen.set(key, row);
    }

    if (reasons.length || !kind.ok || !status.ok || !committee.ok) {
      result.bad.push({ row, name: rawName, reasons });
      return;
    }
    const parsed = MemberSchema.safeParse({
      id: opts.newId(),
      name,
      kind: kind.value,
      group,
      status: status.value,
      ...(committee.value ? { committee: committee.value } : {}),
      ...(joinedDate ? { joined: joinedDate } : {}),
      ...(leftDate ? { left: leftDate } : {}),
      note,
    });
    if (parsed.success) result.good.push({ row, member: parsed.data });
    else result.bad.push({ row, name: rawName, reasons: parsed.error.issues.map((e) => e.message) });
  });
  return result;
}
