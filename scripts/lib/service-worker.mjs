// Writes dist/sw.js: the offline worker, with the list of files it keeps and a version made from
// their contents. Every page, asset and the search index are kept (about 1.4 MB gzip for the whole
// site), so that after one visit every page, search, the checklists and the downloads work with no
// network. The worker is plain ES2017, so that Chromium 86 runs it; it knows its base path from its
// own scope, so the same file works at the root and under BASE_PATH.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Pagefind writes its own UI bundles beside the index; the site bundles @pagefind/default-ui itself
// (in _astro/) and loads only pagefind.js, its worker, the wasm and the index from pagefind/.
const UNUSED = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.|^sw\.js$/;

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** The path a page is requested by, relative to the base: "about/index.html" → "about/". */
function urlPath(file) {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The files the worker keeps, each relative to the site's base, and the version they make. */
export function precacheManifest(dist) {
  const entries = filesUnder(dist)
    .map((p) => relative(dist, p).split(sep).join('/'))
    .filter((f) => !UNUSED.test(f))
    .sort()
    .map((f) => ({ url: urlPath(f), hash: createHash('sha256').update(readFileSync(join(dist, f))).digest('hex') }));
  const version = createHash('sha256')
    .update(entries.map((e) => `${e.url} ${e.hash}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return { version, urls: entries.map((e) => e.url) };
}

export function serviceWorkerSource({ version, urls }) {
  return `// 党员教育培训工作指南 离线支持（构建时生成，勿手改）。
'use strict';
var VERSION = ${JSON.stringify(version)};
var FILES = ${JSON.stringify(urls)};
var SCOPE = self.registration.scope;
// Caches are per origin: two copies of the site under different paths must not share or delete
// each other's caches, so the name carries the scope.
var PREFIX = 'dyjy:' + SCOPE + ':';
var CACHE = PREFIX + VERSION;
// Files whose name carries a hash of their contents never change, so an earlier version's copy
// can be reused instead of downloading it again.
var IMMUTABLE = /^(_astro\\/|pagefind\\/(index|fragment|filter)\\/|pagefind\\/.*\\.pf_meta$)/;
var PAGE_TIMEOUT_MS = 4000;

function keyFor(url) {
  var u = new URL(url, SCOPE);
  return u.origin + u.pathname;
}

function download(path) {
  var url = keyFor(path);
  var fresh = function () {
    return fetch(new Request(url, { cache: 'no-cache' })).then(function (res) {
      if (!res.ok) throw new Error(url + ': ' + res.status);
      return res;
    });
  };
  if (!IMMUTABLE.test(path)) return fresh();
  return caches.match(url).then(function (hit) {
    return hit || fresh();
  });
}

self.addEventListener('install', function (event) {
  // All or nothing: if one file fails, this version is not installed and the previous one stays.
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        FILES.map(function (path) {
          return download(path).then(function (res) {
            return cache.put(keyFor(path), res);
          });
        }),
      );
    }),
  );
});

self.addEventListener('activate', function (event) {
  // Earlier versions' files are kept until this moment, so pages of the old version never miss
  // an asset while the new version waits.
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (n) {
              return n.indexOf(PREFIX) === 0 && n !== CACHE;
            })
            .map(function (n) {
              return caches.delete(n);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

self.addEventListener('message', function (event) {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

// Lookups go through caches.match with the cache's name, which (unlike caches.open) does not
// create the cache again after a build with OFFLINE=0 has removed it.
function kept(key) {
  return caches.match(key, { cacheName: CACHE });
}

function cachedPage(url) {
  var key = keyFor(url);
  return kept(key).then(function (hit) {
    if (hit || /\\/$|\\.[a-z0-9]+$/i.test(key)) return hit;
    return kept(key + '/');
  });
}

function offlinePage() {
  var body =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>没有网络</title><body style="font-family:sans-serif;padding:1rem;line-height:1.6">' +
    '<h1>没有网络</h1><p>当前连不上网站，本机也没有保存这个页面。请联网后再打开，或回到<a href="' +
    SCOPE +
    '">首页</a>。</p></body></html>';
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// Pages: the network first, so a new deployment shows at once; the kept copy when the network
// fails, answers with a server error, or is slower than PAGE_TIMEOUT_MS. Pages from the network are
// not stored: the kept pages stay those of this version, whose assets are all kept too.
function page(request) {
  return new Promise(function (resolve) {
    var settled = false;
    var answer = function (res) {
      if (!settled && res) {
        settled = true;
        resolve(res);
      }
      return res;
    };
    var fallback = function () {
      return cachedPage(request.url).then(answer);
    };
    var timer = setTimeout(fallback, PAGE_TIMEOUT_MS);
    fetch(request).then(
      function (res) {
        clearTimeout(timer);
        if (res.status < 500) return answer(res);
        return fallback().then(function (hit) {
          return hit || answer(res);
        });
      },
      function () {
        clearTimeout(timer);
        return fallback().then(function (hit) {
          return hit || answer(offlinePage());
        });
      },
    );
  });
}

// Everything else: the kept copy first; a file this version does not keep is fetched and kept.
function asset(request) {
  var key = keyFor(request.url);
  return kept(key).then(function (hit) {
    if (hit) return hit;
    return fetch(request).then(function (res) {
      if (res.ok && res.type === 'basic') {
        var copy = res.clone();
        caches.has(CACHE).then(function (has) {
          if (has) return caches.open(CACHE).then(function (cache) {
            return cache.put(key, copy);
          });
        });
      }
      return res;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(SCOPE) !== 0) return;
  var accept = request.headers.get('accept') || '';
  if (request.mode === 'navigate' || accept.indexOf('text/html') !== -1) event.respondWith(page(request));
  else event.respondWith(asset(request));
});
`;
}

/** Writes dist/sw.js when offline support is on; removes it when it is off. */
export function writeServiceWorker(dist, { enabled = true } = {}) {
  const file = join(dist, 'sw.js');
  if (!enabled) {
    rmSync(file, { force: true });
    return null;
  }
  const manifest = precacheManifest(dist);
  writeFileSync(file, serviceWorkerSource(manifest));
  return manifest;
}
