// Writes the offline worker dist/sw.js after the build (see scripts/lib/service-worker.mjs).
// OFFLINE=0 npm run build leaves it out; the pages of such a build remove any earlier worker.
import { writeServiceWorker } from './lib/service-worker.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const enabled = process.env.OFFLINE !== '0';
const manifest = writeServiceWorker(dist, { enabled });
console.log(
  manifest
    ? `离线支持：sw.js 已写入，版本 ${manifest.version}，保存 ${manifest.urls.length} 个文件。`
    : '离线支持已关闭（OFFLINE=0）：没有写入 sw.js，页面会注销以前装上的离线支持。',
);
