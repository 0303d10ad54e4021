// Recomputing the score of a 200-item checklist after one answer changes (budget: < 2 ms).
// Run by `npm run bench` (vitest as a script runner); it prints figures and asserts nothing.
import { test } from 'vitest';
import { scoreChecklist, type Answers } from '../../src/lib/scoring';
import type { Checklist, Item } from '../../src/schemas/checklist';
import { demoChecklist, demoItem } from '../fixtures/demo-checklist';

const kinds: Item['rule'][] = [
  { kind: 'check', partialRatio: 0.5 },
  { kind: 'levels', levels: [{ label: '好', points: 5 }, { label: '较好', points: 4 }, { label: '一般', points: 3 }, { label: '差', points: 0 }] },
  { kind: 'deduct', required: 12, per: 0.5, unit: '次' },
  { kind: 'ratio', target: 100, perPercent: 0.2 },
];
const item = (d: number, i: number) => ({ ...demoItem, id: `d${d}-i${i}`, title: `指标${d}-${i}`, points: 5, rule: kinds[i % 4]! });
const checklist: Checklist = demoChecklist(
  Array.from({ length: 10 }, (_, d) => ({ id: `d${d}`, title: `维度${d}`, items: Array.from({ length: 20 }, (_, i) => item(d, i)) })),
  {
    id: 'bench',
    title: '两百项自评表',
    total: 1000,
    grades: [
      { label: '优秀', min: 900 },
      { label: '不合格', min: 0 },
    ],
  },
);
const answers: Answers = {};
for (const d of checklist.dimensions) for (const [i, it] of d.items.entries()) answers[it.id] = { value: [ 'done', 1, 10, 95 ][i % 4] as never };

test('200 项自评表：改动一个答案后重新计分的耗时', () => {
  const runs = 2000;
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const t0 = performance.now();
    scoreChecklist(checklist, { ...answers, 'd0-i2': { value: n % 13 } });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (runs - 1))]!.toFixed(3);
  console.log(`200 项自评表重新计分：中位数 ${at(0.5)} ms，95% 分位 ${at(0.95)} ms，最慢 ${at(1)} ms（预算 < 2 ms）`);
});
