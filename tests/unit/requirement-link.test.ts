import { expect, test } from 'vitest';
import { requirementLink } from '../../src/lib/requirements/link';
import { loadRequirements } from './load-requirements';

const byId = new Map(loadRequirements().map((r) => [r.id, r]));

test('自评表中的依据：写明文件和条号，链接到条文要点', () => {
  expect(requirementLink(byId.get('tiaoli-20-xueshi')!, '/')).toEqual({
    label: '《党员教育管理工作条例》第二十条（年度集中学习培训学时）',
    href: '/regulations/tiaoli/#第二十条',
  });
});

test('条号存疑的依据标明“条号待核实”，部署在子路径时链接带前缀', () => {
  const link = requirementLink(byId.get('zhibu-zhuti-dangri')!, '/dyjy/');
  expect(link.label).toContain('〔条号待核实〕');
  expect(link.href.startsWith('/dyjy/regulations/zhibu/#')).toBe(true);
});
