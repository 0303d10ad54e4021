import { describe, expect, test } from 'vitest';
import { extractLinks, fileForPath, resolveLink } from '../../scripts/lib/link-check';

describe('站内链接检查', () => {
  test('从页面中取出链接和锚点 id（含中文锚点与实体）', () => {
    const html = '<h2 id="第二十条">x</h2><a class="c" href="/regulations/tiaoli/#%E7%AC%AC">a</a><a href="?a=1&amp;b=2">b</a>';
    const { ids, links } = extractLinks(html);
    expect([...ids]).toEqual(['第二十条']);
    expect(links).toEqual(['/regulations/tiaoli/#%E7%AC%AC', '?a=1&b=2']);
  });

  test('解析相对、绝对、外部链接', () => {
    expect(resolveLink('https://www.12371.cn/', '/a/')).toEqual({ kind: 'external' });
    expect(resolveLink('mailto:x@y', '/a/')).toEqual({ kind: 'external' });
    expect(resolveLink('../b/#%E7%AC%AC%E4%BA%8C%E5%8D%81%E6%9D%A1', '/a/c/')).toEqual({
      kind: 'internal',
      path: '/a/b/',
      hash: '第二十条',
    });
    expect(resolveLink('#x', '/a/')).toEqual({ kind: 'internal', path: '/a/', hash: 'x' });
  });

  test('目录路径对应 index.html', () => {
    expect(fileForPath('/about/')).toBe('/about/index.html');
    expect(fileForPath('/favicon.svg')).toBe('/favicon.svg');
  });
});
