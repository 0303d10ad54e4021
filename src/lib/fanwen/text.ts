// Build-time helpers for the report text of a 范文 page: find it in the MDX source, count its
// characters, and mark the masked placeholders so readers see them as blanks to fill in.

const OPEN = '<ReportText';
const CLOSE = '</ReportText>';

/** The part of an MDX source between <ReportText …> and </ReportText>, including the title attribute. */
export function extractReportText(mdx: string): string {
  const start = mdx.indexOf(OPEN);
  const end = mdx.indexOf(CLOSE, start);
  if (start < 0 || end < 0) return '';
  return mdx.slice(start + OPEN.length, end);
}

/** Chinese characters (汉字) only: punctuation, digits, markup and placeholders are not counted. */
export function countHanzi(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** 〔X〕 marks a masked number or word; ×× a masked unit or place name. */
export const NUMBER_MASK = '〔X〕';
export const NAME_MASK = '××';

export function masksIn(text: string): { number: boolean; name: boolean } {
  return { number: text.includes(NUMBER_MASK), name: text.includes(NAME_MASK) };
}

/** Wraps the placeholders in rendered HTML in spans, touching text only (never tags or attributes). */
export function markPlaceholders(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<')
        ? part
        : part
            .replaceAll(NUMBER_MASK, `<span class="mask mask-number">${NUMBER_MASK}</span>`)
            .replace(/×{2,}/g, (m) => `<span class="mask mask-name">${m}</span>`),
    )
    .join('');
}
