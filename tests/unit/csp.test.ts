import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { inlineScripts, policyFor, withCsp } from '../../scripts/lib/csp';

const html = '<html><head><script>var a=1;</script><script type="module" src="/_astro/x.js"></script></head><body><script>b()</script></body></html>';

test('只为页面内联脚本计算哈希，外链脚本靠 self 放行', () => {
  expect(inlineScripts(html)).toEqual(['var a=1;', 'b()']);
  const policy = policyFor(html);
  const hash = createHash('sha256').update('var a=1;').digest('base64');
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("connect-src 'self'");
  // The offline worker and the search's web worker come from the site itself.
  expect(policy).toContain("worker-src 'self'");
});

test('策略紧跟字符集声明，字符集声明仍在页面前 1024 字节内', () => {
  const page = '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title>' + '<script>x()</script>'.repeat(60) + '</head></html>';
  const out = withCsp(page);
  expect(out.indexOf('<meta charset="utf-8"/>')).toBeLessThan(1024);
  expect(out).toContain('<head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy"');
});

test('策略写在 <head> 最前面', () => {
  expect(withCsp(html)).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
});
