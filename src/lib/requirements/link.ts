import type { Requirement } from '../../schemas/requirement';
import { articleHref } from './article-anchor';
import { withBase } from '../site/base-links';
import { requirementCitation } from './citation';

/** Where a requirement is digested on this site (its article's anchor), under the site's base path. */
export const requirementHref = (req: Pick<Requirement, 'source' | 'article'>, base: string): string => withBase(articleHref(req.source, req.article), base);

/** How a requirement is cited beside a checklist item: document + article, linked to its digest. */
export function requirementLink(req: Requirement, base: string): { label: string; href: string } {
  return { label: `${requirementCitation(req)}（${req.title}）`, href: requirementHref(req, base) };
}
