import { afterEach, expect, test } from 'vitest';
import { mountIsland } from '../../src/components/islands/mount';

afterEach(() => document.body.replaceChildren());

// What Island.astro writes into the page.
function page(props: string) {
  document.body.innerHTML = `<div class="island" data-island="demo"><p>正在加载……</p><script type="application/json" data-island-props>${props}</script></div><p role="alert" data-island-failed="demo" hidden>页面功能加载出错</p>`;
  return document.querySelector<HTMLElement>('[data-island="demo"]')!;
}

test('组件替换“正在加载”，拿到页面写入的数据', () => {
  const el = page('{"unit":"第一党支部","count":3}');
  mountIsland('demo', ({ unit, count }: { unit: string; count: number }) => (
    <p>
      {unit}：{count} 项
    </p>
  ));
  expect(el.textContent).toBe('第一党支部：3 项');
  expect(el.querySelector('script')).toBeNull();
});

test('页面数据里的“<”不会结束数据块', () => {
  const el = page(JSON.stringify({ note: '</script><b>x</b>' }).replace(/</g, '\\u003c'));
  mountIsland('demo', ({ note }: { note: string }) => <p>{note}</p>);
  expect(el.textContent).toBe('</script><b>x</b>');
  expect(el.querySelector('b')).toBeNull();
});

test('组件出错时说明原因，而不是留下空白', () => {
  const el = page('{}');
  const Broken = (): never => {
    throw new Error('坏了');
  };
  const message = document.querySelector<HTMLElement>('[role="alert"]')!;
  expect(message.hidden).toBe(true);
  expect(() => mountIsland('demo', Broken)).toThrow('坏了');
  expect(message.hidden).toBe(false);
  expect(el.textContent).toBe('');
});
