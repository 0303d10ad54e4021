// Serves the built site (dist/) for the browser tests, the way `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

// E2E_PORT lets two checkouts run their browser tests at the same time.
const PORT = Number(process.env.E2E_PORT ?? 4329);
let server: ChildProcess | undefined;

async function waitForServer(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`站点服务未能在 ${ms} 毫秒内启动：${url}`);
}

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('没有找到 dist/：请先运行 npm run build');
  // One process (not through npx), so stopping it stops the server.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const baseUrl = `http://localhost:${PORT}`;
  await waitForServer(baseUrl + '/', 30_000);
  project.provide('baseUrl', baseUrl);
}

export async function teardown() {
  server?.kill();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
