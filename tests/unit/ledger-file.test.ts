// The 台账 export file: plain and passphrase-protected round trips, and every kind of bad file
// refused with its own message.
import { describe, expect, test } from 'vitest';
import { decryptText, encryptText, PBKDF2_ITERATIONS, WRONG_PASSPHRASE } from '../../src/lib/ledger/crypto-file';
import { ledgerFileName, ledgerFileText, readLedgerFile } from '../../src/lib/ledger/ledger-file';
import { EncryptedLedgerFileSchema, type Ledger } from '../../src/schemas/ledger';

const ledger: Ledger = {
  meta: { schemaVersion: 1, id: 'l1', unit: '第一党支部', year: 2026, createdAt: 1, updatedAt: 2 },
  members: [
    { id: 'm1', name: '王建国', kind: '正式党员', group: '第一党小组', status: '在职', committee: '书记', note: '' },
    { id: 'm2', name: '李秀英', kind: '预备党员', group: '第一党小组', status: '离退休', joined: '2026-03-05', note: '电话 13800000000' },
  ],
  activities: [
    { id: 'a1', kind: '党课', date: '2026-03-20', topic: '学习党章', host: '王建国', hours: 2.5, group: '', place: '会议室', note: '', archive: '', present: ['m1'], absent: [{ memberId: 'm2', type: '请假', reason: '住院' }] },
  ],
  personalHours: [{ id: 'p1', memberId: 'm2', date: '2026-04-01', hours: 4, source: '县委党校', note: '' }],
};
const now = new Date('2026-11-29T08:00:00Z');
const bytes = (s: string) => new TextEncoder().encode(s).length;
const read = (text: string, pass = '') => readLedgerFile(text, bytes(text), pass);

describe('加密', () => {
  test('PBKDF2 ≥ 310000 次、16 字节盐、12 字节 iv；每次导出的盐和 iv 都不同', async () => {
    const a = EncryptedLedgerFileSchema.parse(JSON.parse(await ledgerFileText(ledger, now, '正确的密码')));
    const b = EncryptedLedgerFileSchema.parse(JSON.parse(await ledgerFileText(ledger, now, '正确的密码')));
    expect(a.kdf.iterations).toBeGreaterThanOrEqual(310_000);
    expect(a.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(atob(a.kdf.salt)).toHaveLength(16);
    expect(atob(a.cipher.iv)).toHaveLength(12);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    // Nothing readable is left in the encrypted file.
    const text = JSON.stringify(a);
    for (const secret of ['王建国', '李秀英', '13800000000', '第一党支部', '学习党章']) expect(text).not.toContain(secret);
  });

  test('加密后用正确密码导入，内容与导出前完全相同', async () => {
    const r = await read(await ledgerFileText(ledger, now, '正确的密码'), '正确的密码');
    expect(r).toEqual({ ok: true, ledger, encrypted: true });
  });

  test('不加密的往返', async () => {
    expect(await read(await ledgerFileText(ledger, now))).toEqual({ ok: true, ledger, encrypted: false });
  });

  test('密码错误：明确的提示', async () => {
    const text = await ledgerFileText(ledger, now, '正确的密码');
    expect(await read(text, '错误的密码')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
    expect(WRONG_PASSPHRASE).toContain('密码不对');
    expect(WRONG_PASSPHRASE).toContain('本机的台账没有任何改动');
  });

  test('加密文件没有输入密码：要求输入密码', async () => {
    const r = await read(await ledgerFileText(ledger, now, '正确的密码'));
    expect(r).toEqual({ ok: false, needsPassphrase: true, message: expect.stringContaining('设了密码') });
  });

  test('密文被改动一个字节：打不开，提示与密码错误相同', async () => {
    const file = EncryptedLedgerFileSchema.parse(JSON.parse(await ledgerFileText(ledger, now, 'pw')));
    const data = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
    data[10] = data[10]! ^ 1;
    const tampered = JSON.stringify({ ...file, data: btoa(String.fromCharCode(...data)) });
    expect(await read(tampered, 'pw')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
  });

  test('文件被截断：说明文件不完整', async () => {
    const text = await ledgerFileText(ledger, now, 'pw');
    const r = await read(text.slice(0, Math.floor(text.length / 2)), 'pw');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('文件内容不完整') });
    // Cut inside the data but still valid JSON: the missing bytes fail the check.
    const file = JSON.parse(text);
    const cut = JSON.stringify({ ...file, data: file.data.slice(0, 24) });
    expect(await read(cut, 'pw')).toEqual({ ok: false, message: WRONG_PASSPHRASE });
  });

  test('decryptText 在 Node 的 Web Crypto 中与 encryptText 互逆（含中文与表情）', async () => {
    const enc = await encryptText('台账 ✓ 😀', '密码 pass');
    expect(await decryptText(enc, '密码 pass')).toEqual({ ok: true, text: '台账 ✓ 😀' });
  });
});

describe('导入时每种坏文件各有说明', () => {
  const message = async (text: string, size = bytes(text)) => {
    const r = await readLedgerFile(text, size);
    if (r.ok) throw new Error('应当拒绝');
    return r.message;
  };
  // Edited below as raw JSON, the way a damaged file would be.
  const plain = JSON.parse(JSON.stringify({ format: 'dyjy-ledger', version: 1, exportedAt: now.toISOString(), ledger }));

  test('不是 JSON', async () => {
    expect(await message('PK\u0003\u0004 word')).toMatch(/^文件不是本站导出的台账文件：内容无法按 JSON 格式读取/);
  });
  test('空文件', async () => {
    expect(await message('  ')).toMatch(/^文件是空的/);
  });
  test('格式标记不对', async () => {
    expect(await message(JSON.stringify({ ...plain, format: 'other' }))).toMatch(/缺少本站台账的格式标记/);
  });
  test('更新版本导出的文件', async () => {
    expect(await message(JSON.stringify({ ...plain, version: 2 }))).toBe('文件由更新版本的本站导出（数据版本 2，本站支持到 1）。请使用最新版本的网站导入。本机的台账没有任何改动。');
  });
  test('选错了：自评文件', async () => {
    expect(await message(JSON.stringify({ format: 'dyjy-assessment', schemaVersion: 1, assessment: {} }))).toMatch(/^这是本站导出的自评文件，不是台账文件/);
  });
  test('太大（> 5 MB）', async () => {
    expect(await message('{}', 6 * 1024 * 1024)).toMatch(/^文件太大（6\.0 MB），超过 5 MB 的上限/);
  });
  test('结构不对时指出位置', async () => {
    const bad = structuredClone(plain);
    bad.ledger.members[1].status = '出差';
    expect(await message(JSON.stringify(bad))).toMatch(/^文件中的台账内容不完整或有误（名册第 2 人的“status”：取值不在允许的范围内）/);
    const noTopic = structuredClone(plain);
    noTopic.ledger.activities[0].topic = '';
    expect(await message(JSON.stringify(noTopic))).toMatch(/活动记录第 1 条的“topic”：缺少主题/);
  });
  test('活动引用名册中没有的党员', async () => {
    const bad = structuredClone(plain);
    bad.ledger.activities[0].present = ['m9'];
    expect(await message(JSON.stringify(bad))).toMatch(/活动记录第 1 条（2026-03-20 学习党章）引用了名册中没有的党员（m9）/);
  });
});

test('文件名带单位、年度，去掉 Windows 不允许的字符', () => {
  expect(ledgerFileName(ledger, false)).toBe('第一党支部-2026年度-台账.json');
  expect(ledgerFileName({ ...ledger, meta: { ...ledger.meta, unit: 'A/B:支部' } }, true)).toBe('A_B_支部-2026年度-台账（加密）.json');
});
