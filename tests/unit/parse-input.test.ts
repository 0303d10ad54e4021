import { expect, test } from 'vitest';
import { parseCount, parseRatio, parseScore } from '../../src/lib/scoring/parse-input';

test('次数：空白表示未填，全角数字可用，小数和负数被拒绝', () => {
  expect(parseCount('')).toEqual({ ok: true, value: undefined });
  expect(parseCount(' １２ ')).toEqual({ ok: true, value: 12 });
  expect(parseCount('1.5')).toMatchObject({ ok: false });
  expect(parseCount('-1')).toMatchObject({ ok: false });
});

test('达标率：百分比或分数，四舍五入到 0.01%', () => {
  expect(parseRatio('87.5')).toEqual({ ok: true, value: 87.5 });
  expect(parseRatio('87.5％')).toEqual({ ok: true, value: 87.5 });
  expect(parseRatio('35/40')).toEqual({ ok: true, value: 87.5 });
  expect(parseRatio('2/3')).toEqual({ ok: true, value: 66.67 });
  expect(parseRatio('41/40')).toEqual({ ok: false, message: '分子不能大于分母' });
  expect(parseRatio('1/0')).toEqual({ ok: false, message: '分母不能为 0' });
  expect(parseRatio('120')).toEqual({ ok: false, message: '百分比不能超过 100' });
  expect(parseRatio('很多')).toMatchObject({ ok: false });
});

test('考核分：不超过分值，最多两位小数', () => {
  expect(parseScore('2.5', 3)).toEqual({ ok: true, value: 2.5 });
  expect(parseScore('3.5', 3)).toEqual({ ok: false, message: '不能超过本项分值 3 分' });
  expect(parseScore('1.234', 3)).toMatchObject({ ok: false });
});
