// The 台账 export file and its import checks. Every refusal is a specific Chinese message; the
// caller changes nothing stored unless it gets { ok: true }.
import {
  EncryptedLedgerFileSchema,
  LEDGER_ENCRYPTED_FORMAT,
  LEDGER_FILE_FORMAT,
  LEDGER_SCHEMA_VERSION,
  LedgerFileSchema,
  type Ledger,
  type LedgerFile,
} from '../../schemas/ledger';
import { decryptText, encryptText } from './crypto-file';

export const MAX_LEDGER_FILE_BYTES = 5 * 1024 * 1024;
/** The assessment export's marker (src/lib/assessment/export-file.ts), recognised to say what was chosen. */
const ASSESSMENT_FORMAT = 'dyjy-assessment';

export function ledgerFile(ledger: Ledger, now: Date): LedgerFile {
  return { format: LEDGER_FILE_FORMAT, version: LEDGER_SCHEMA_VERSION, exportedAt: now.toISOString(), ledger };
}

/** The export's text: plain JSON, or encrypted when a passphrase is given. */
export async function ledgerFileText(ledger: Ledger, now: Date, passphrase = ''): Promise<string> {
  const plain = JSON.stringify(ledgerFile(ledger, now));
  return passphrase === '' ? plain : JSON.stringify(await encryptText(plain, passphrase));
}

/** File name: 单位-2026年度-台账(加密).json, without characters Windows refuses. */
export function ledgerFileName(ledger: Ledger, encrypted: boolean): string {
  const unit = ledger.meta.unit.trim() || '党支部';
  return `${unit}-${ledger.meta.year}年度-台账${encrypted ? '（加密）' : ''}.json`.replace(/[\\/:*?"<>|]/g, '_');
}

export type LedgerImport =
  | { ok: true; ledger: Ledger; encrypted: boolean }
  /** needsPassphrase: the file is encrypted and no passphrase was given. */
  | { ok: false; message: string; needsPassphrase?: boolean };

const fail = (message: string): LedgerImport => ({ ok: false, message });
const UNCHANGED = '本机的台账没有任何改动。';

/** Where in the file a check failed, in words: 名册第 3 人的“status”. */
function describePath(path: readonly PropertyKey[]): string {
  const p = path.map(String);
  if (p[0] === 'ledger') p.shift();
  const [top, i, ...rest] = p;
  if (top === undefined) return '整体结构';
  const lists: Record<string, [string, string]> = { members: ['名册', '人'], activities: ['活动记录', '条'], personalHours: ['个人学时', '条'] };
  const field = (f: string[]) => (f.length ? `的“${f.join('.')}”` : '');
  const list = lists[top];
  if (list && i !== undefined && /^\d+$/.test(i)) return `${list[0]}第 ${Number(i) + 1} ${list[1]}${field(rest)}`;
  if (top === 'meta') return `台账信息${field(i === undefined ? [] : [i, ...rest])}`;
  return p.join('.');
}

const ISSUE_WORDS: Record<string, string> = {
  invalid_type: '缺少或类型不对',
  invalid_value: '取值不在允许的范围内',
  too_big: '超出长度或数值上限',
  too_small: '缺少内容或低于下限',
  unrecognized_keys: '有本站不认识的字段',
  invalid_format: '格式不对',
};
/** zod's own messages are English; the schema's Chinese ones are kept. */
const issueText = (issue: { code: string; message: string }) =>
  /^[\u4e00-\u9fff]/.test(issue.message) ? issue.message : (ISSUE_WORDS[issue.code] ?? '内容有误');

/** Ids are unique and every reference points at a member of the file. */
function checkReferences(l: Ledger): string | null {
  const members = new Set<string>();
  for (const m of l.members) {
    if (members.has(m.id)) return `名册中有两名党员编号相同（${m.id}）`;
    members.add(m.id);
  }
  const seen = new Set<string>();
  for (const [n, a] of l.activities.entries()) {
    if (seen.has(a.id)) return `活动记录编号重复（${a.id}）`;
    seen.add(a.id);
    const ref = [...a.present, ...a.absent.map((x) => x.memberId)].find((id) => !members.has(id));
    if (ref) return `活动记录第 ${n + 1} 条（${a.date} ${a.topic}）引用了名册中没有的党员（${ref}）`;
  }
  for (const [n, p] of l.personalHours.entries()) {
    if (!members.has(p.memberId)) return `个人学时第 ${n + 1} 条引用了名册中没有的党员（${p.memberId}）`;
  }
  return null;
}

function readPlain(data: unknown): LedgerImport {
  const parsed = LedgerFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`文件中的台账内容不完整或有误（${describePath(issue.path)}：${issueText(issue)}），无法导入。${UNCHANGED}`);
  }
  const bad = checkReferences(parsed.data.ledger);
  if (bad) return fail(`文件中的台账内容前后不一致：${bad}，无法导入。${UNCHANGED}`);
  return { ok: true, ledger: parsed.data.ledger, encrypted: false };
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Checks a chosen file; `passphrase` is used only when the file is encrypted. */
export async function readLedgerFile(text: string, byteSize: number, passphrase = ''): Promise<LedgerImport> {
  if (byteSize > MAX_LEDGER_FILE_BYTES) {
    return fail(`文件太大（${(byteSize / 1024 / 1024).toFixed(1)} MB），超过 5 MB 的上限，不像是本站导出的台账文件。${UNCHANGED}`);
  }
  if (text.trim() === '') return fail(`文件是空的，没有任何内容。${UNCHANGED}`);
  const json = parseJson(text);
  if (!json.ok) {
    const looksCut = /^\s*\{/.test(text);
    return fail(
      looksCut
        ? `文件内容不完整，可能没有下载完或被截断，无法读取。${UNCHANGED}`
        : `文件不是本站导出的台账文件：内容无法按 JSON 格式读取（可能是 Word、Excel 文件或已损坏）。${UNCHANGED}`,
    );
  }
  const data = json.data as { format?: unknown; version?: unknown } | null;
  const format = typeof data === 'object' && data !== null ? data.format : undefined;
  if (format === ASSESSMENT_FORMAT) return fail(`这是本站导出的自评文件，不是台账文件。自评文件请在自评表页面导入。${UNCHANGED}`);
  if (format !== LEDGER_FILE_FORMAT && format !== LEDGER_ENCRYPTED_FORMAT) return fail(`文件不是本站导出的台账文件：缺少本站台账的格式标记。${UNCHANGED}`);
  const version = data!.version;
  if (typeof version === 'number' && version > LEDGER_SCHEMA_VERSION) {
    return fail(`文件由更新版本的本站导出（数据版本 ${version}，本站支持到 ${LEDGER_SCHEMA_VERSION}）。请使用最新版本的网站导入。${UNCHANGED}`);
  }
  if (format === LEDGER_FILE_FORMAT) return readPlain(data);

  const enc = EncryptedLedgerFileSchema.safeParse(data);
  if (!enc.success) return fail(`加密的台账文件不完整或有误（${enc.error.issues[0]!.path.join('.') || '整体结构'}），无法打开。${UNCHANGED}`);
  if (passphrase === '') return { ok: false, needsPassphrase: true, message: '这个台账文件设了密码。请输入导出时设置的密码，再点“导入”。' };
  const plain = await decryptText(enc.data, passphrase);
  if (!plain.ok) return fail(plain.message);
  const inner = parseJson(plain.text);
  if (!inner.ok) return fail(`解密后的内容无法读取，文件可能已损坏。${UNCHANGED}`);
  const r = readPlain(inner.data);
  return r.ok ? { ...r, encrypted: true } : r;
}
