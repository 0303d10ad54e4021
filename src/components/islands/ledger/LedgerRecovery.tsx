import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $unreadable } from '../../../stores/ledger';
import { downloadText } from '../checklist/download';

/** Stored 台账 records this site cannot read: kept as they are, listed, offered for download. */
export default function LedgerRecovery() {
  const bad = useStore($unreadable);
  const [open, setOpen] = useState(false);
  if (bad.length === 0) return null;
  return (
    <div class="notice recovery-banner" role="alert">
      <p>
        本浏览器中有 {bad.length} 条台账数据无法读取（可能被其他程序改动或已损坏）。原始数据仍原样保留，没有删除；请下载备份，交给技术人员处理。
      </p>
      <button type="button" onClick={() => downloadText('台账无法读取的数据.json', JSON.stringify(Object.fromEntries(bad.map((b) => [b.key, b.raw])), null, 1))}>
        下载无法读取的数据
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? '收起原因' : '查看原因'}
      </button>
      {open && (
        <ul>
          {bad.map((b) => (
            <li key={b.key}>
              {b.key}：{b.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
