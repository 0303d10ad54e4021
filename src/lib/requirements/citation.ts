// A requirement's citation as every list on the site writes it: document and article, flagged
// when the article number itself is in doubt (the content may still be sound).
import type { Requirement } from '../../schemas/requirement';
import { citation } from './article-anchor';
import { isReferenceOnly } from './confidence';

export const DOUBTFUL_ARTICLE = '〔条号待核实〕';

export function requirementCitation(req: Requirement): string {
  const doubtful = req.articleConfidence !== undefined && isReferenceOnly(req.articleConfidence);
  return citation(req.source, req.article) + (doubtful ? DOUBTFUL_ARTICLE : '');
}
