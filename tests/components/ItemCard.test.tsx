import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import ItemCard from '../../src/components/islands/checklist/ItemCard';
import { ItemSchema } from '../../src/schemas/checklist';
import { describeRule } from '../../src/lib/scoring/describe-rule';

afterEach(cleanup);

const item = ItemSchema.parse({
  id: 'zhuti-dangri',
  title: '主题党日每月开展1次',
  points: 6,
  rule: { kind: 'deduct', required: 12, per: 0.5 },
  standard: '全年应开展主题党日12次，每少1次扣0.5分。',
  suggested: '建议口径：每次到会率不低于80%。',
  evidence: ['主题党日记录', '签到表'],
  method: ['查阅资料'],
  basis: ['tiaoli-16-zhuti-dangri'],
  problem: '主题党日开展不够经常。',
  measure: '固定每月主题党日时间。',
});
// The page writes each rule in words when it is built and passes it in.
const rule = describeRule(item);
const basis = { 'tiaoli-16-zhuti-dangri': { label: '《党员教育管理工作条例》第十六条', href: '/regulations/tiaoli/#第十六条' } };

test('显示评分标准、计分规则、建议口径和依据链接', () => {
  render(<ItemCard item={item} answer={undefined} basis={basis} rule={rule} onChange={() => {}} />);
  expect(screen.getByText('计分：应开展 12 次，每少 1 次扣 0.5 分，扣完为止。')).toBeTruthy();
  const suggested = screen.getByText('建议口径').closest('p')!;
  expect(suggested.textContent).toBe('建议口径 每次到会率不低于80%。');
  expect(screen.getByRole('link', { name: '《党员教育管理工作条例》第十六条' }).getAttribute('href')).toBe('/regulations/tiaoli/#第十六条');
  expect(screen.getByText('本项自评得分：未作答')).toBeTruthy();
});

test('次数只接受整数：错误的输入给出提示，不保存', () => {
  const onChange = vi.fn();
  render(<ItemCard item={item} answer={undefined} basis={basis} rule={rule} onChange={onChange} />);
  const input = screen.getByLabelText('实际开展次数');
  fireEvent.input(input, { target: { value: '九次' } });
  expect(screen.getByText('请填写 0 或正整数（次数）')).toBeTruthy();
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.input(input, { target: { value: '9' } });
  expect(onChange).toHaveBeenLastCalledWith({ value: 9 });
});

test('已作答时显示本项得分；勾选不适用后要求填写理由', () => {
  const onChange = vi.fn();
  const { rerender } = render(<ItemCard item={item} answer={{ value: 9 }} basis={basis} rule={rule} onChange={onChange} />);
  expect(screen.getByText('本项自评得分：4.5 / 6 分')).toBeTruthy();
  fireEvent.click(screen.getByLabelText('本项不适用'));
  expect(onChange).toHaveBeenLastCalledWith({ na: '' });
  rerender(<ItemCard item={item} answer={{ value: 9, na: '' }} basis={basis} rule={rule} onChange={onChange} />);
  expect(screen.getByText('填写理由后本项才按“不适用”计算，否则仍计入总分。')).toBeTruthy();
  fireEvent.input(screen.getByLabelText('不适用的理由（必填）'), { target: { value: '本年度新成立' } });
  expect(onChange).toHaveBeenLastCalledWith({ na: '本年度新成立' });
});

test('用户填写的说明按文字显示，不会当作网页代码执行', () => {
  const note = '<img src=x onerror="alert(1)">';
  const { container } = render(<ItemCard item={item} answer={{ value: 12, note }} basis={basis} rule={rule} onChange={() => {}} />);
  expect(container.querySelector('img')).toBeNull();
  expect((screen.getByLabelText('说明（做了什么、数量、存在的不足）') as HTMLTextAreaElement).value).toBe(note);
});

test('参考条目单独一行，标明不是规定', () => {
  const withRef = { ...item, reference: ['zhibu-dangke-pinci'] };
  const links = { ...basis, 'zhibu-dangke-pinci': { label: '《支部工作条例》（支部上党课的次数）', href: '/regulations/zhibu/' } };
  render(<ItemCard item={withRef} answer={undefined} basis={links} rule={rule} onChange={() => {}} />);
  const ref = screen.getByRole('link', { name: '《支部工作条例》（支部上党课的次数）' }).closest('p')!;
  expect(ref.textContent).toMatch(/^参考（未核实或来源单一，不是规定）：/);
});
