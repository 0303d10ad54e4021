// Offline support in the page: registers the worker that scripts/build-sw.mjs writes, and offers a
// new deployment once the worker has kept all of its files. A build with OFFLINE=0 removes it.

/** Set at build from OFFLINE (astro.config.mjs). */
declare const __OFFLINE__: boolean;

const base = import.meta.env.BASE_URL;
const sw = navigator.serviceWorker;

function offer(worker: ServiceWorker) {
  if (document.querySelector('.sw-update')) return;
  const bar = document.createElement('div');
  bar.className = 'sw-update';
  bar.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '网站已更新，点击使用新版本';
  button.addEventListener('click', () => {
    button.disabled = true;
    worker.postMessage('skipWaiting');
  });
  bar.append(button);
  document.body.append(bar);
}

async function register() {
  // A page that already had a worker reloads when another one takes over (after a click here or in
  // another tab), so that it never runs old code against the new version's files.
  const updating = !!sw.controller;
  sw.addEventListener('controllerchange', () => updating && location.reload());
  const reg = await sw.register(base + 'sw.js', { scope: base });
  // Offered only as an update: on the first visit the worker takes the page over by itself.
  const ready = (w: ServiceWorker | null) => w && sw.controller && offer(w);
  ready(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const w = reg.installing;
    w?.addEventListener('statechange', () => w.state === 'installed' && ready(w));
  });
}

async function unregister() {
  const scope = new URL(base, location.href).href;
  // The kept files first: unregister() of the worker controlling this page may not settle until
  // the page is gone.
  for (const name of await caches.keys()) if (name.startsWith(`dyjy:${scope}:`)) await caches.delete(name);
  for (const reg of await sw.getRegistrations()) if (reg.scope === scope) void reg.unregister();
}

if (sw && import.meta.env.PROD) {
  if (__OFFLINE__) addEventListener('load', () => void register());
  else void unregister();
}
