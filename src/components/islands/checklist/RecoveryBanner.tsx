import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $unreadable } from '../../../stores/assessments';
import { downloadText } from './download';


/** Stored data this site cannot read is shown, kept as it is, and offered for download. */
export default function RecoveryBanner() {
  const bad = useStore($unreadable);
  const [open, setOpen] = useState(false);
  if (bad.length === 0) return null;
  return (
    <div class="notice recovery-banner" role="alert">
      <p>
        本浏览器中有 {bad.length} 份自评数据无法读取（可能被其他程序改动或已损坏）。原始数据仍原样保留，没有删除；
        请下载备份，交给技术人员或稍后用“导入”功能恢复。
      </p>
      <button type="button" onClick={() => bad.forEach((b, i) => downloadText(`自评数据备份-${i + 1}.json`, b.raw))}>
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
