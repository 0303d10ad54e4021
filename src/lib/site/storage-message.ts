// What the 使用说明 page tells the user after probing this browser's storage.
import type { StorageStatus } from './storage-probe';

export const STORAGE_MESSAGES: Record<StorageStatus, { ok: boolean; text: string }> = {
  ok: { ok: true, text: '检测结果：本浏览器可以在本机保存自评数据。' },
  unavailable: {
    ok: false,
    text: '检测结果：本浏览器禁止网页在本机保存数据（可能是无痕/隐私模式或单位的安全设置）。自评内容将无法保存，请换用普通窗口，或填写后及时导出文件。',
  },
  full: {
    ok: false,
    text: '检测结果：本浏览器的本机存储空间已满，新填写的内容可能无法保存。请先导出已有自评，再清理浏览器数据。',
  },
};
