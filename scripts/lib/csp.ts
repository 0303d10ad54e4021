// Content-Security-Policy for a built page: scripts only from this site, plus the page's own
// inline scripts by hash (the theme and sidebar scripts Starlight inlines). Styles may be inline:
// Starlight and the search UI set style attributes, and styles cannot run code.
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]!).filter((s) => s.length > 0);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function policyFor(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    // The offline worker (sw.js) and the search's web worker.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Puts the policy at the top of <head>, so it governs every script after it — just after the
 * charset declaration when there is one, which must stay within the page's first 1024 bytes.
 */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const charset = /<head>(<meta charset="[^"]*"\/?>)?/;
  return html.replace(charset, (head) => `${head}${meta}`);
}
