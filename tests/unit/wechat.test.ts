import { expect, test } from 'vitest';
import { isWeChat } from '../../src/lib/wechat';
import { WECHAT_DOWNLOAD_NOTICE, WECHAT_STORAGE_NOTICE } from '../../src/lib/wechat-notices';

test('用户代理中含 MicroMessenger 的是微信内置浏览器', () => {
  const android =
    'Mozilla/5.0 (Linux; Android 12; V2055A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230202 MMWEBID/1234 MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.34(0x18002231) NetType/WIFI Language/zh_CN';
  expect(isWeChat(android)).toBe(true);
  expect(isWeChat(iphone)).toBe(true);
});

test('其他浏览器（QQ 浏览器、360 安全浏览器）不是', () => {
  expect(isWeChat('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 QIHU 360SE')).toBe(false);
  expect(isWeChat('Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/89.0.4389.72 MQQBrowser/13.4 Mobile Safari/537.36')).toBe(false);
  expect(isWeChat('')).toBe(false);
});

test('提示写明怎样改用系统浏览器，并提醒导出备份', () => {
  expect(WECHAT_STORAGE_NOTICE).toContain('右上角“…”');
  expect(WECHAT_STORAGE_NOTICE).toContain('在浏览器打开');
  expect(WECHAT_STORAGE_NOTICE).toContain('导出文件');
  expect(WECHAT_DOWNLOAD_NOTICE).toContain('在浏览器打开');
});
