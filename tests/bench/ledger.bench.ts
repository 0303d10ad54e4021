// 台账 at scale: a branch of 200 members with 400 activities in a year. Prints the time to
// recompute everything after one record changes (budget < 5 ms) and the stored size (budget
// < 1 MB). Run by `npm run bench` (vitest as a script runner); it prints figures and asserts nothing.
import { test } from 'vitest';
import { derive } from '../../src/lib/ledger/derive';
import { gridRules } from '../../src/lib/ledger/grid-rules';
import { assemble, metaKey, recordKey, type ReadRecord } from '../../src/lib/ledger/records';
import { readRecord } from '../../src/lib/ledger/validate';
import { ACTIVITY_KINDS, type Activity, type Member } from '../../src/schemas/ledger';
import { LEDGER_PREFIX } from '../../src/stores/ledger';
import { newRecordId } from '../../src/stores/ledger-ids';
import { loadRequirements } from '../unit/load-requirements';

test('台账：200 名党员 × 400 次活动', { timeout: 120_000 }, () => {
  const rules = gridRules(new Map(loadRequirements().map((r) => [r.id, r])));
  const ledgerId = 'lbench';
  const taken = new Set<string>();
  const id = () => {
    const s = newRecordId('', (x) => taken.has(x));
    taken.add(s);
    return s;
  };
  const members: Member[] = Array.from({ length: 200 }, (_, i) => ({
    id: id(),
    name: `党员${String(i).padStart(3, '0')}号`,
    kind: i % 10 === 0 ? '预备党员' : '正式党员',
    group: `第${(i % 8) + 1}党小组`,
    status: i % 25 === 0 ? '年老体弱、行动不便' : '在职',
    ...(i < 5 ? { committee: '委员' as const } : {}),
    ...(i % 40 === 1 ? { joined: '2026-04-01' } : {}),
    note: '',
  }));
  // Who is listed at an activity: the committee at a 支委会, the 党小组 at a 党小组会, the 第二十三条
  // members at a 送学上门, the whole branch otherwise; one in ten of those listed is absent (请假, with a reason).
  const listed = (kind: Activity['kind'], i: number) =>
    kind === '支部委员会' ? members.filter((m) => m.committee) : kind === '党小组会' ? members.filter((m) => m.group === `第${(i % 8) + 1}党小组`) : kind === '送学上门' ? members.filter((m) => m.status === '年老体弱、行动不便') : members;
  const activities: Activity[] = Array.from({ length: 400 }, (_, i) => {
    const kind = ACTIVITY_KINDS[i % ACTIVITY_KINDS.length]!;
    const who = listed(kind, i);
    return {
      id: id(),
      kind,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      topic: `第${i + 1}次学习：学习贯彻党的创新理论专题`,
      host: '支部书记',
      hours: (i % 4) * 0.5 + 1,
      group: kind === '党小组会' ? `第${(i % 8) + 1}党小组` : '',
      place: '党员活动室',
      note: '',
      archive: '2026年组织生活档案盒',
      present: who.filter((_, k) => (k + i) % 10 !== 0).map((m) => m.id),
      absent: who.filter((_, k) => (k + i) % 10 === 0).map((m) => ({ memberId: m.id, type: '请假' as const, reason: '出差' })),
    };
  });
  const stored: Record<string, string> = {
    [metaKey(ledgerId)]: JSON.stringify({ schemaVersion: 1, id: ledgerId, unit: '规模测试党支部', year: 2026, createdAt: 0, updatedAt: 0 }),
  };
  for (const m of members) stored[recordKey(ledgerId, 'm', m.id)] = JSON.stringify(m);
  for (const a of activities) stored[recordKey(ledgerId, 'a', a.id)] = JSON.stringify(a);

  const chars = Object.entries(stored).reduce((n, [k, v]) => n + LEDGER_PREFIX.length + k.length + v.length, 0);
  const utf8 = Object.entries(stored).reduce((n, [k, v]) => n + Buffer.byteLength(LEDGER_PREFIX + k + v), 0);

  const ctx = { target: 32, rules, today: '2026-12-31' };
  const cache = new Map<string, { raw: string; read: ReadRecord }>();
  const first = performance.now();
  derive(assemble(stored, cache, readRecord).ledgers.get(ledgerId)!, ctx);
  const firstMs = performance.now() - first;

  // One change at a time, as the store sees it: one record's text changes, the rest come from the cache.
  const runs = 50;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = activities[r % activities.length]!;
    stored[recordKey(ledgerId, 'a', a.id)] = JSON.stringify({ ...a, topic: `${a.topic}（修改${r}）` });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const ledger = assemble(stored, cache, readRecord).ledgers.get(ledgerId)!;
    derive(ledger, ctx);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  const median = times[Math.floor(runs / 2)]!;
  const p90 = times[Math.floor(runs * 0.9)]!;
  console.log(
    [
      `台账 200 名党员 × 400 次活动（支委会列支委，党小组会列本组，其余列全体党员，一成请假）：`,
      `  首次读取并计算：${firstMs.toFixed(1)} ms（含校验全部 ${Object.keys(stored).length} 条记录）`,
      `  改动一条记录后重新计算（读取 + 学时 + 年度表 + 统计）：中位数 ${median.toFixed(2)} ms，90% ${p90.toFixed(2)} ms；CPU 时间中位数 ${cpu[Math.floor(runs / 2)]!.toFixed(2)} ms（预算 < 5 ms；机器繁忙时墙钟时间偏大，看 CPU 时间）`,
      `  本机存储大小：${(chars / 1024).toFixed(0)} K 字符（UTF-8 ${(utf8 / 1024 / 1024).toFixed(2)} MB；预算 < 1 MB）`,
    ].join('\n'),
  );
});
