// Article numbers become page anchors as written: 第二十条 → #第二十条. A clause (第十六条第二款)
// points at its article, since the digests anchor whole articles.
import type { Source } from '../../schemas/requirement';
import { SOURCE_META } from './sources';

export function articleAnchor(article: string): string {
  const m = /^(第[一二三四五六七八九十百零]+(?:条|部分|章))/.exec(article);
  if (!m) throw new Error(`无法识别的条号“${article}”：应写成“第二十条”“第十六条第二款”“第五部分”这样的形式`);
  return m[1]!;
}

/** Link to where a source's article is digested on this site (the page itself when there is no article). */
export function articleHref(source: Source, article: string | null): string {
  const page = SOURCE_META[source].digestPath;
  return article ? `${page}#${articleAnchor(article)}` : page;
}

/** "《党员教育管理工作条例》第二十条": an article number never appears without its document. */
export function citation(source: Source, article: string | null): string {
  return SOURCE_META[source].shortName + (article ?? '（无条号）');
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 20 → 二十, 46 → 四十六: numbering articles the way the regulations do. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`只支持1到99：${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : DIGITS[tens] + '十';
  return head + (ones === 0 ? '' : DIGITS[ones]);
}

export const articleName = (n: number): string => `第${chineseNumber(n)}条`;
