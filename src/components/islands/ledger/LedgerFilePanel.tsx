// 导出、导入、清除本机台账. Export can carry a passphrase; import checks the file field by field
// and asks before replacing a ledger of the same id; clearing asks first and offers an export.
import { useState } from 'preact/hooks';
import type { Ledger } from '../../../schemas/ledger';
import { downloadText } from '../checklist/download';
import { newRecordId } from '../../../stores/ledger-ids';

export interface LedgerFilePanelProps {
  /** The ledger on the page; null when this browser has none yet. */
  ledger: Ledger | null;
  /** Whether this browser already keeps a ledger with this id. */
  hasLedger: (id: string) => boolean;
  /** Stores an imported ledger, replacing the one with the same id; false when the browser could not save. */
  onImport: (ledger: Ledger) => boolean;
  /** Deletes the ledger from this browser (the user has confirmed). */
  onClear: () => void;
}

type Incoming = { text: string; size: number; name: string };
type ImportState =
  | { kind: 'idle' }
  | { kind: 'passphrase'; file: Incoming; message: string }
  | { kind: 'conflict'; ledger: Ledger }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

const describe = (l: Ledger) => `“${l.meta.unit || '未命名单位'} ${l.meta.year} 年度”（名册 ${l.members.length} 人，记录 ${l.activities.length} 条）`;

export default function LedgerFilePanel({ ledger, hasLedger, onImport, onClear }: LedgerFilePanelProps) {
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [exported, setExported] = useState<{ error: boolean; text: string } | null>(null);
  const [importPass, setImportPass] = useState('');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const exportFile = async (): Promise<boolean> => {
    if (!ledger) return false;
    if (pass !== pass2) {
      setExported({ error: true, text: '两次输入的密码不一致，请重新输入。' });
      return false;
    }
    const { ledgerFileText, ledgerFileName } = await import('../../../lib/ledger/ledger-file');
    downloadText(ledgerFileName(ledger, pass !== ''), await ledgerFileText(ledger, new Date(), pass));
    setExported({
      error: false,
      text: pass ? '已导出加密的台账文件。导入时需要输入这个密码；密码忘记了无法找回。' : '已导出台账文件（未加密：拿到文件的人都能看到名册中的姓名）。',
    });
    return true;
  };

  const store = (l: Ledger) => {
    if (!onImport(l)) return setState({ kind: 'error', message: '导入失败：浏览器无法保存数据（存储已满或被禁止）。本机的台账没有任何改动。' });
    setImportPass('');
    setState({ kind: 'done', message: `已导入${describe(l)}。` });
  };

  const read = async (file: Incoming, passphrase: string) => {
    const { readLedgerFile } = await import('../../../lib/ledger/ledger-file');
    const r = await readLedgerFile(file.text, file.size, passphrase);
    if (!r.ok) {
      if (r.needsPassphrase || (passphrase && r.message.startsWith('密码不对'))) return setState({ kind: 'passphrase', file, message: r.message });
      return setState({ kind: 'error', message: `导入失败：${r.message}` });
    }
    if (hasLedger(r.ledger.meta.id)) return setState({ kind: 'conflict', ledger: r.ledger });
    store(r.ledger);
  };

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    // A file over the limit is not read at all; the size alone decides the message.
    const text = f.size > 5 * 1024 * 1024 ? '' : await f.text();
    setImportPass('');
    await read({ text, size: f.size, name: f.name }, '');
  };

  const keepBoth = (l: Ledger) => {
    const now = Date.now();
    store({ ...l, meta: { ...l.meta, id: newRecordId('l', hasLedger), unit: `${l.meta.unit}（导入）`, createdAt: now, updatedAt: now } });
  };

  return (
    <div class="ledger-file-panel">
      <p class="ledger-privacy">
        名册中的姓名等是党员的个人信息。台账只保存在这台电脑的这个浏览器里，网站不会把它发送到任何地方；只有您导出文件时，它才会离开这个浏览器。
        导出的文件可以设置密码，没有密码打不开。
      </p>

      <fieldset>
        <legend>导出台账文件</legend>
        <p>用于备份，或者拿到另一台电脑上导入。建议设置密码，特别是要通过网络或 U 盘传送时。</p>
        <div class="ledger-pass">
          <label>
            密码（可不填）
            <input type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
          </label>
          <label>
            再输入一次密码
            <input type="password" autocomplete="new-password" value={pass2} onInput={(e) => setPass2(e.currentTarget.value)} />
          </label>
        </div>
        <button type="button" disabled={!ledger} onClick={() => void exportFile()}>
          {pass ? '导出加密的台账文件' : '导出台账文件'}
        </button>
        {exported && (
          <p role={exported.error ? 'alert' : 'status'} class={exported.error ? 'field-error' : undefined}>
            {exported.text}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>导入台账文件</legend>
        <label>
          选择本站导出的台账文件（.json）
          <input type="file" accept=".json,application/json" onChange={(e) => {
            // Cleared afterwards so that choosing the same file again reads it again.
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }} />
        </label>
        {state.kind === 'passphrase' && (
          <div class="ledger-import-pass">
            <p role="alert" class={state.message.startsWith('密码不对') ? 'field-error' : undefined}>
              {state.message}
            </p>
            <label>
              “{state.file.name}”的密码
              <input type="password" autocomplete="off" value={importPass} onInput={(e) => setImportPass(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && importPass && void read(state.file, importPass)} />
            </label>
            <button type="button" disabled={importPass === ''} onClick={() => void read(state.file, importPass)}>
              导入
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setState({ kind: 'idle' })}>
              取消
            </button>
          </div>
        )}
        {state.kind === 'conflict' && (
          <div class="ledger-conflict" role="alertdialog" aria-label="本机已有这份台账">
            <p>本机已有这份台账{describe(state.ledger)}。怎样导入？</p>
            <button type="button" onClick={() => store(state.ledger)}>
              替换本机的台账
            </button>{' '}
            <button type="button" class="secondary" onClick={() => keepBoth(state.ledger)}>
              两份都保留
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setState({ kind: 'idle' })}>
              取消
            </button>
          </div>
        )}
        {state.kind === 'error' && (
          <p role="alert" class="field-error">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && <p role="status">{state.message}</p>}
      </fieldset>

      <fieldset>
        <legend>清除本机台账</legend>
        {!confirming ? (
          <button type="button" class="secondary" disabled={!ledger} onClick={() => setConfirming(true)}>
            清除本机台账
          </button>
        ) : (
          <div class="ledger-clear-confirm" role="alertdialog" aria-label="确认清除本机台账">
            <p>
              将从这个浏览器中删除{ledger ? describe(ledger) : '台账'}，删除后无法恢复。建议先导出一份台账文件保存好（上面可以设置密码）。
            </p>
            <button type="button" onClick={() => void exportFile()}>
              先导出台账文件
            </button>{' '}
            <button
              type="button"
              class="danger"
              onClick={() => {
                onClear();
                setConfirming(false);
                setState({ kind: 'idle' });
              }}
            >
              确定清除
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
