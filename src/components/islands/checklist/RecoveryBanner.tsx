import { useStore } from '@nanostores/preact';
import { $unreadable } from '../../../stores/assessments';
import UnreadableBanner from '../UnreadableBanner';
import { downloadText } from './download';

/** Unreadable stored assessments: each downloads as its own file, ready for 导入 once repaired. */
export default function RecoveryBanner() {
  const bad = useStore($unreadable);
  return (
    <UnreadableBanner
      items={bad}
      what="份自评数据"
      advice="请下载备份，交给技术人员或稍后用“导入”功能恢复。"
      onDownload={() => bad.forEach((b, i) => downloadText(`自评数据备份-${i + 1}.json`, b.raw))}
    />
  );
}
