import { describe, expect, test } from 'vitest';
import { chromium86SyntaxProblems } from '../../scripts/lib/old-chromium/js-syntax';

const features = (code: string, type: 'module' | 'script' = 'module') =>
  chromium86SyntaxProblems(code, type).map((p) => p.feature);

describe('Chromium 86 能解析的脚本语法', () => {
  test('ES2020、ES2021 和类字段、私有方法都可以', () => {
    const code = `
      class A { x = 1; #y = 2; static z = 3; #m() { return this.#y; } get v() { return this.#m(); } }
      const a = new A(); a.q ??= 1; a.r ||= 2; const n = 1_000_000n;
      export const f = async () => { await import('./b.js'); for await (const x of []) {} };
      const o = a?.b ?? 0; export { o };`;
    expect(chromium86SyntaxProblems(code, 'module')).toEqual([]);
  });

  test('类静态初始化块', () => {
    expect(features('class A {\n static { this.x = 1; }\n}')).toEqual(['类静态初始化块 static { }（Chromium 94）']);
  });

  test('私有字段 in 检查', () => {
    expect(features('class A { #x; static has(o) { return #x in o; } }')).toEqual(['私有字段 in 检查 #x in obj（Chromium 91）']);
  });

  test('顶层 await 和顶层 for await；函数内的 await 不算', () => {
    expect(features('await 1;\nfor await (const x of []) {}\nasync function g() { await 2; }')).toEqual([
      '顶层 await（Chromium 89）',
      '顶层 for await（Chromium 89）',
    ]);
  });

  test('正则表达式 d 标志', () => {
    expect(features('const r = /a/dg;')).toEqual(['正则表达式 d 标志（Chromium 90）']);
  });

  test('以字符串命名的导入导出', () => {
    expect(features('const a = 1; export { a as "甲" };')).toEqual(['以字符串命名的导入导出（Chromium 88）']);
  });

  test('ES2022 之后的语法无法解析，报告行号', () => {
    const [problem] = chromium86SyntaxProblems('const a = 1;\nusing b = c;\n', 'module');
    expect(problem?.line).toBe(2);
    expect(problem?.feature).toMatch(/^无法按 ES2022 解析/);
  });

  test('经典脚本中的 await 是普通标识符', () => {
    expect(chromium86SyntaxProblems('var await = 1;', 'script')).toEqual([]);
  });
});
