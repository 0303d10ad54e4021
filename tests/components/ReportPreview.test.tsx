import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import ReportPreview from '../../src/components/islands/report/ReportPreview';
import { draftReport } from '../../src/lib/report/draft';
import { applyEdits } from '../../src/lib/report/edits';
import { checklist, low } from '../unit/report-fixtures';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror="alert(1)">已整改';

test('用户写的文字按文字显示，不当作 HTML；待填写的空白突出显示', () => {
  const a = { ...low, answers: { ...low.answers, 'zb-taizhang': { value: 0, note: HOSTILE } } };
  const model = applyEdits(draftReport(checklist, a, { highlights: '<b>书记讲堂</b>' }), { opening: '<script>x</script>开头' });
  const { container } = render(<ReportPreview model={model} assessmentId={a.id} edits={{}} />);
  expect(container.querySelector('img, b, script')).toBeNull();
  expect(container.textContent).toContain(`自查情况：${HOSTILE}。`);
  expect(container.textContent).toContain('<b>书记讲堂</b>');
  expect(container.textContent).toContain('<script>x</script>开头');
  expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toContain('【待填写：成文日期】');
});

test('每一节都有“修改本节”，修改过的一节才有“恢复自动生成的内容”', () => {
  const model = applyEdits(draftReport(checklist, low, {}), { basic: '改写的基本情况。' });
  render(<ReportPreview model={model} assessmentId={low.id} edits={{ basic: '改写的基本情况。' }} />);
  expect(screen.getAllByRole('button', { name: /^修改本节：/ })).toHaveLength(model.sections.length);
  expect(screen.getAllByRole('button', { name: /^恢复自动生成的内容/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['恢复自动生成的内容：一、基本情况']);
  expect(screen.getByText('改写的基本情况。')).toBeTruthy();
});
