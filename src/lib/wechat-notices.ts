// What to tell a user in WeChat's built-in browser (see wechat.ts).

const OPEN_ELSEWHERE = '请点右上角“…”，选择“在浏览器打开”，在手机或电脑自带的浏览器中使用本页';

/** Shown on pages that keep data in the browser (自评表, 台账 …). */
export const WECHAT_STORAGE_NOTICE = `您正在微信内打开本页。微信清理缓存时，本页保存在浏览器中的数据可能被一并清除，微信内也无法下载文件。${OPEN_ELSEWHERE}，并及时用“导出文件”备份已填写的内容。`;

/** Shown before a download starts. */
export const WECHAT_DOWNLOAD_NOTICE = `微信内置浏览器无法保存下载的文件。${OPEN_ELSEWHERE}，再下载。`;
