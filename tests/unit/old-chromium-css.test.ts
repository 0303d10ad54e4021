import { describe, expect, test } from 'vitest';
import { analyseSiteCss, oldChromiumCopy, splitValue, withFallbacks, withOldChromiumLoader } from '../../scripts/lib/old-chromium/css-fallback';
import { downlevelSelector, padSelector } from '../../scripts/lib/old-chromium/css-selectors';

const ID = ':not(#\\#)';
const CLASS = ':not(.\\#)';

describe('选择器改写为 Chromium 86 能用的写法', () => {
  test(':where() 和 :is() 拆成多条选择器，并记下增加的优先级', () => {
    expect(downlevelSelector('.card:where(.astro-x)')).toEqual([{ selector: '.card.astro-x', gain: { a: 0, b: 1, c: 0 } }]);
    expect(downlevelSelector(':is(h1,h2) a').map((d) => d.selector)).toEqual(['h1 a', 'h2 a']);
  });

  test(':not() 的选择器列表写成连续的 :not()', () => {
    expect(downlevelSelector('.a:not(.b, .c)').map((d) => d.selector)).toEqual(['.a:not(.b):not(.c)']);
  });

  test('“不在 .not-content 里”无法表达时去掉这一条件；:has() 与 :popover-open 的选择器整条去掉', () => {
    expect(downlevelSelector('.sl-markdown-content p:not(:where(.not-content *))').map((d) => d.selector)).toEqual(['.sl-markdown-content p']);
    expect(downlevelSelector('body:has(#m:popover-open), .x')).toEqual([{ selector: '.x', gain: { a: 0, b: 0, c: 0 } }]);
  });

  test('提高优先级的 :not() 放在第一个组合符或伪元素之前', () => {
    expect(padSelector('.a .b::before', { a: 2, b: 1, c: 0 })).toBe(`.a${ID}${ID}${CLASS} .b::before`);
    expect(padSelector(':before', { a: 1, b: 0, c: 0 })).toBe(`${ID}:before`);
  });
});

describe('样式表的旧版浏览器副本', () => {
  const sheet = '@layer base{a{color:red}}@layer top{.x a{color:blue}}p{margin-inline:1rem 2rem;inset:0}';
  const site = analyseSiteCss([sheet]);

  test('层级顺序按首次出现；步长比选择器中最多的 id 数多一', () => {
    expect(site.layers).toEqual(['base', 'top']);
    expect(site.idStep).toBe(1);
  });

  test('层级变成优先级：后面的层和不在层中的规则得到更多 id 级的 :not()', () => {
    const copy = oldChromiumCopy(sheet, site);
    expect(copy.startsWith('@supports not (text-emphasis:dot){')).toBe(true);
    expect(copy).toContain('a{color:red}');
    expect(copy).toContain(`.x${ID} a{color:blue}`);
    expect(copy).toContain(`p${ID}${ID}{`);
    expect(copy).not.toContain('@layer');
  });

  test('逻辑属性简写与 inset 改为物理属性（从左到右排版）', () => {
    const copy = oldChromiumCopy(sheet, site);
    expect(copy).toContain('margin-left:1rem;margin-right:2rem');
    expect(copy).toContain('top:0;right:0;bottom:0;left:0');
  });

  test('!important 的层级顺序相反：前面的层优先', () => {
    const css = '@layer base{a{color:red!important}}@layer top{a{color:blue!important}}';
    const copy = oldChromiumCopy(css, analyseSiteCss([css]));
    expect(copy).toContain(`a${ID}${ID}{color:red!important}`);
    expect(copy).toContain(`a${ID}{color:blue!important}`);
  });

  test('整值为自定义属性的逻辑简写：拆出左右两个自定义属性', () => {
    const css = '.m{--mi:auto 0}.c{margin-inline:var(--mi,auto)}';
    const copy = oldChromiumCopy(css, analyseSiteCss([css]));
    expect(copy).toContain('--mi-start:auto;--mi-end:0');
    expect(copy).toContain('margin-left:var(--mi-start, auto);margin-right:var(--mi-end, auto)');
  });

  test('color-mix() 之前补一个占比大的颜色，新浏览器仍用 color-mix()', () => {
    expect(withFallbacks('a{border-color:color-mix(in srgb, var(--c) 30%, transparent)}')).toBe(
      'a{border-color:transparent;border-color:color-mix(in srgb, var(--c) 30%, transparent)}',
    );
    expect(withFallbacks('a{color:color-mix(in srgb, red 80%, blue)}')).toBe('a{color:red;color:color-mix(in srgb, red 80%, blue)}');
  });

  test('按顶层空格拆分取值', () => {
    expect(splitValue('calc(1rem * var(--d) + 2px) var(--p)')).toEqual(['calc(1rem * var(--d) + 2px)', 'var(--p)']);
  });

  test('加载副本的脚本放在最后一个样式表链接之后；没有样式表的页面不变', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css" media="print"><style>x{}</style></head>';
    const out = withOldChromiumLoader(html);
    expect(out.indexOf('<script>')).toBe(html.indexOf('<style>'));
    expect(out).toContain('CSS.supports("text-emphasis","dot")');
    expect(withOldChromiumLoader('<head></head>')).toBe('<head></head>');
  });
});
