// Writes a requirement's number the way the documents say it: 每年一般不少于32学时, 6个月以上.
import type { Quantity } from '../../schemas/requirement';

export function formatQuantity(q: Quantity): string {
  if (q.text) return q.text;
  const amount = `${q.value}${q.unit}`;
  const period = q.period ?? '';
  if (q.qualifier === '以上') return `${period}${amount}以上`;
  if (q.qualifier === '一般') return `一般${period}${amount}`;
  return `${period}${q.qualifier ?? ''}${amount}`;
}
