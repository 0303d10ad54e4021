import { useState } from 'preact/hooks';

interface Props {
  /** Stored values that could not be read: their storage key and why. */
  items: readonly { key: string; reason: string }[];
  /** What they are, counted: “份自评数据”, “条台账数据”. */
  what: string;
  /** What the user can do with the backup. */
  advice: string;
  onDownload: () => void;
}

/** Stored data this site cannot read is shown, kept as it is, and offered for download. */
export default function UnreadableBanner({ items, what, advice, onDownload }: Props) {
  const [open, setOpen] = useState(false);
  if (items.length === 0) return null;
  return (
    <div class="notice recovery-banner" role="alert">
      <p>
        本浏览器中有 {items.length} {what}无法读取（可能被其他程序改动或已损坏）。原始数据仍原样保留，没有删除；{advice}
      </p>
      <button type="button" onClick={onDownload}>
        下载无法读取的数据
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? '收起原因' : '查看原因'}
      </button>
      {open && (
        <ul>
          {items.map((b) => (
            <li key={b.key}>
              {b.key}：{b.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
