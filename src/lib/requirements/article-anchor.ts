// Article numbers become page anchors as written: 第二十条 → #第二十条. A clause (第十六条第二款)
// points at its article, since the digests anchor whole articles.
import type { Source } from '../../schemas/requirement';
import { SOURCE_META } from './sources';
import { chineseNumber } from '../text/chinese-number';

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

/** 20 → 第二十条: numbering articles the way the regulations do. */
export const articleName = (n: number): string => `第${chineseNumber(n)}条`;
