import type { Requirement } from '../schemas/requirement';
import { articleHref, citation } from './article-anchor';
import { withBase } from './base-links';
import { isReferenceOnly } from './confidence';

/** How a requirement is cited beside a checklist item: document + article, linked to its digest. */
export function requirementLink(req: Requirement, base: string): { label: string; href: string } {
  const doubtfulArticle = req.articleConfidence !== undefined && isReferenceOnly(req.articleConfidence);
  const label = `${citation(req.source, req.article)}${doubtfulArticle ? '〔条号待核实〕' : ''}（${req.title}）`;
  return { label, href: withBase(articleHref(req.source, req.article), base) };
}
