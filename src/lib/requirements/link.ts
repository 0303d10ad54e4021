import type { Requirement } from '../../schemas/requirement';
import { articleHref } from './article-anchor';
import { withBase } from '../site/base-links';
import { requirementCitation } from './citation';

/** How a requirement is cited beside a checklist item: document + article, linked to its digest. */
export function requirementLink(req: Requirement, base: string): { label: string; href: string } {
  return { label: `${requirementCitation(req)}（${req.title}）`, href: withBase(articleHref(req.source, req.article), base) };
}
