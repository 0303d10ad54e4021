import { isWeChat } from '../../../lib/wechat';
import { WECHAT_DOWNLOAD_NOTICE } from '../../../lib/wechat-notices';

/** Saves a file through the browser's download (nothing leaves the computer). */
export function downloadBlob(name: string, blob: Blob) {
  // WeChat's browser drops downloads: say how to reach one that saves them, then try anyway.
  if (isWeChat(navigator.userAgent)) window.alert(WECHAT_DOWNLOAD_NOTICE);
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, text: string, type = 'application/json') {
  downloadBlob(name, new Blob([text], { type }));
}
