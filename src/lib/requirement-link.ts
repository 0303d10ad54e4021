import type { Requirement } from '../schemas/requirement';

const SHORT_NAMES: Record<Requirement['source'], string> = {
  tiaoli: '党员教育管理工作条例',
  zhibu: '支部工作条例',
  guihua2019: '2019—2023年规划',
  guihua2024: '2024—2028年规划',
  fazhan: '发展党员工作细则',
};

/** How a requirement is cited beside a checklist item: short source name + article, linked to its digest. */
export function requirementLink(req: Requirement, base: string): { label: string; href: string } {
  const root = base.endsWith('/') ? base : base + '/';
  return { label: `${SHORT_NAMES[req.source]}${req.article ?? ''}（${req.title}）`, href: `${root}regulations/` };
}
