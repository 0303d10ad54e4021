// Over every built page: a C or 未核实 requirement, wherever it is shown (card or table row),
// carries the 参考 mark and its note; a firm requirement never carries the 参考 mark.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { loadRequirements } from '../unit/load-requirements';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const notes = new Map(loadRequirements().map((r) => [r.id, r]));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

test('构建出的页面上，C 级和未核实的条目都标“参考”并写出原因', () => {
  const window = new Window();
  let reference = 0;
  let firm = 0;
  for (const file of htmlFiles('dist')) {
    const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    for (const el of doc.querySelectorAll('.req-card[data-requirement-id], .number-table tr[data-requirement-id]')) {
      const id = el.getAttribute('data-requirement-id')!;
      const data = notes.get(id);
      expect(data, `${file}: 未知条目 ${id}`).toBeDefined();
      expect(el.getAttribute('data-confidence'), `${file}: ${id}`).toBe(data!.confidence);
      const flag = el.querySelector('.ref-flag');
      if (data!.confidence === 'C' || data!.confidence === '未核实') {
        reference += 1;
        expect(squash(flag?.textContent), `${file}: ${id} 没有“参考”标记`).toBe('参考');
        const caveat = el.querySelector('.req-note, .nt-note');
        expect(squash(caveat?.textContent), `${file}: ${id} 没有写出原因`).toBe(squash(`仅供参考：${data!.note}`));
      } else {
        firm += 1;
        expect(flag, `${file}: ${id} 是 ${data!.confidence} 级，不应标“参考”`).toBeNull();
      }
    }
  }
  expect(reference).toBeGreaterThan(10);
  expect(firm).toBeGreaterThan(50);
  window.close();
});
