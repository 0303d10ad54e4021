// WeChat's built-in browser (a link opened from a 党建 group chat): it cannot save downloaded files,
// and WeChat's cache cleaning can wipe what the site keeps in the browser. What to tell the user is
// in wechat-notices.ts, loaded only where it is shown.

export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}
