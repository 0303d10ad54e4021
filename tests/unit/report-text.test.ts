import { describe, expect, test } from 'vitest';
import { countHanzi, extractReportText, markPlaceholders, masksIn } from '../../src/lib/fanwen/text';

const mdx = `---
title: 范文：示例
---
import ReportText from 'x';

<SiteNote>注释不算正文</SiteNote>

<ReportText title="评估报告">

### 一、基本情况

培训〔X〕期，14904人次，××街道。

</ReportText>

<SiteNote>后面的注释也不算</SiteNote>
`;

describe('报告正文的提取与计数', () => {
  test('只取 <ReportText> 内的部分（含标题），不含注释', () => {
    const text = extractReportText(mdx);
    expect(text).toContain('评估报告');
    expect(text).toContain('一、基本情况');
    expect(text).not.toContain('注释');
  });

  test('没有正文容器时为空', () => {
    expect(extractReportText('# 标题\n\n正文')).toBe('');
  });

  test('字数只计汉字：标点、数字、字母、隐去记号和标记都不算', () => {
    expect(countHanzi('一、基本情况')).toBe(5);
    expect(countHanzi('培训〔X〕期，14904人次，××街道。')).toBe(7);
    expect(countHanzi('### **加粗** <br/>')).toBe(2);
    expect(countHanzi(extractReportText(mdx))).toBe(4 + 5 + 7);
  });

  test('识别正文中有哪些隐去记号', () => {
    expect(masksIn('培训〔X〕期')).toEqual({ number: true, name: false });
    expect(masksIn('××街道')).toEqual({ number: false, name: true });
  });
});

describe('隐去记号的标注', () => {
  test('把〔X〕和××包进 span，便于读者看出是要填写的地方', () => {
    expect(markPlaceholders('<p>培训〔X〕期，××街道</p>')).toBe(
      '<p>培训<span class="mask mask-number">〔X〕</span>期，<span class="mask mask-name">××</span>街道</p>',
    );
  });

  test('不改动标签和属性里的内容', () => {
    const html = '<h3 id="××街道">××街道</h3><a title="〔X〕">x</a>';
    expect(markPlaceholders(html)).toBe(
      '<h3 id="××街道"><span class="mask mask-name">××</span>街道</h3><a title="〔X〕">x</a>',
    );
  });

  test('单个乘号不当作隐去记号', () => {
    expect(markPlaceholders('<p>3×4</p>')).toBe('<p>3×4</p>');
  });
});
