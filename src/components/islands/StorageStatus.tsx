import { useStore } from '@nanostores/preact';
import { $storageStatus } from '../../stores/storage-status';

const MESSAGES = {
  ok: { cls: 'ok', text: '检测结果：本浏览器可以在本机保存自评数据。' },
  unavailable: {
    cls: 'bad',
    text: '检测结果：本浏览器禁止网页在本机保存数据（可能是无痕/隐私模式或单位的安全设置）。自评内容将无法保存，请换用普通窗口，或填写后及时导出文件。',
  },
  full: {
    cls: 'bad',
    text: '检测结果：本浏览器的本机存储空间已满，新填写的内容可能无法保存。请先导出已有自评，再清理浏览器数据。',
  },
} as const;

export default function StorageStatus() {
  const status = useStore($storageStatus);
  if (status === null) return <p class="storage-status">正在检测本浏览器能否保存数据…</p>;
  const m = MESSAGES[status];
  return (
    <p class={`storage-status ${m.cls}`} role="status" data-status={status}>
      {m.text}
    </p>
  );
}
