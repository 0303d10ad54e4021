// Passphrase protection of a ledger export: Web Crypto only (the browser's and Node's
// globalThis.crypto). Key from PBKDF2-SHA-256 with a random 16-byte salt; AES-GCM 256 with a
// random 12-byte iv, whose tag makes a wrong passphrase or an altered file fail to open.
import { LEDGER_ENCRYPTED_FORMAT, LEDGER_SCHEMA_VERSION, type EncryptedLedgerFile } from '../../schemas/ledger';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 310_000;
/** Above this, opening a file would hang an old office PC for minutes: treat it as damaged. */
const MAX_ITERATIONS = 10_000_000;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Bytes of a base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts the JSON text of a ledger file. */
export async function encryptText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<EncryptedLedgerFile> {
  if (passphrase === '') throw new Error('密码不能为空');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)));
  return {
    format: LEDGER_ENCRYPTED_FORMAT,
    version: LEDGER_SCHEMA_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  };
}

export type Decrypted = { ok: true; text: string } | { ok: false; message: string };

export const WRONG_PASSPHRASE = '密码不对，无法打开这个文件（也可能是文件导出后被改动或损坏了）。请核对密码后再试；本机的台账没有任何改动。';
const DAMAGED = '加密文件已损坏（加密参数不完整），无法打开。本机的台账没有任何改动。';

/** Decrypts an encrypted ledger file; a wrong passphrase and altered data both give a clear message. */
export async function decryptText(file: EncryptedLedgerFile, passphrase: string): Promise<Decrypted> {
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const data = fromBase64(file.data);
  if (!salt || salt.length < 16 || !iv || iv.length !== 12 || file.kdf.iterations > MAX_ITERATIONS) return { ok: false, message: DAMAGED };
  if (!data || data.length < 17) return { ok: false, message: '加密文件的内容不完整（可能没有下载完或被截断），无法打开。本机的台账没有任何改动。' };
  try {
    const key = await deriveKey(passphrase, salt, file.kdf.iterations);
    const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, data as BufferSource);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, message: WRONG_PASSPHRASE };
  }
}
