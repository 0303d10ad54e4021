import { useStore } from '@nanostores/preact';
import { $unreadable } from '../../../stores/ledger';
import { downloadText } from '../checklist/download';
import UnreadableBanner from '../UnreadableBanner';

/** Unreadable stored 台账 records: kept as they are, downloaded together as one file. */
export default function LedgerRecovery() {
  const bad = useStore($unreadable);
  return (
    <UnreadableBanner
      items={bad}
      what="条台账数据"
      advice="请下载备份，交给技术人员处理。"
      onDownload={() => downloadText('台账无法读取的数据.json', JSON.stringify(Object.fromEntries(bad.map((b) => [b.key, b.raw])), null, 1))}
    />
  );
}
