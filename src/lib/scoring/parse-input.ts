// Parses what a user types into count and percentage fields. Chinese messages explain a refusal.
export type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

export const normalise = (text: string) =>
  text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[％%]/g, '').replace(/／/g, '/').replace(/．/g, '.');

export function parseCount(text: string): Parsed {
  const t = normalise(text);
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d{1,4}$/.test(t)) return { ok: false, message: '请填写 0 或正整数（次数）' };
  return { ok: true, value: Number(t) };
}

/** A percentage ("87.5", "87.5%") or a fraction ("35/40"), rounded to hundredths of a percent. */
export function parseRatio(text: string): Parsed {
  const t = normalise(text);
  if (t === '') return { ok: true, value: undefined };
  const frac = t.match(/^(\d+)\s*\/\s*(\d+)$/);
  let pct: number;
  if (frac) {
    const [num, den] = [Number(frac[1]), Number(frac[2])];
    if (den === 0) return { ok: false, message: '分母不能为 0' };
    if (num > den) return { ok: false, message: '分子不能大于分母' };
    pct = (num * 100) / den;
  } else if (/^\d+(\.\d+)?$/.test(t)) {
    pct = Number(t);
  } else {
    return { ok: false, message: '请填写百分比（如 87.5）或“达标人数/应训人数”（如 35/40）' };
  }
  if (pct > 100) return { ok: false, message: '百分比不能超过 100' };
  return { ok: true, value: Math.round(pct * 100) / 100 };
}

export function parseScore(text: string, max: number): Parsed {
  const t = normalise(text);
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return { ok: false, message: '请填写分数，最多两位小数' };
  const v = Number(t);
  if (v > max) return { ok: false, message: `不能超过本项分值 ${max} 分` };
  return { ok: true, value: v };
}
