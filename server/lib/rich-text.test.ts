import { describe, expect, it } from 'vitest';
import { richTextToPlain, sanitizeRichText } from './rich-text';

describe('sanitizeRichText', () => {
  it('keeps paragraphs, emphasis and lists', () => {
    const html = '<p>一、<strong>现状</strong></p><ul><li>学位紧张</li></ul>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('drops scripts with their content, handlers, links and styles', () => {
    const dirty =
      '<p onclick="x()" style="color:red">建议<script>alert(1)</script><a href="javascript:x">链接</a><img src=x onerror=alert(1)></p>';
    expect(sanitizeRichText(dirty)).toBe('<p>建议链接</p>');
  });

  it('escapes stray angle brackets instead of passing markup through', () => {
    expect(sanitizeRichText('人均 < 5 平方米，<div>超过</div> 3 人')).toBe('人均 &lt; 5 平方米，超过 3 人');
  });
});

describe('richTextToPlain', () => {
  it('turns paragraphs into lines and unescapes entities', () => {
    expect(richTextToPlain('<p>第一段</p><p>a &lt; b</p>')).toBe('第一段\na < b');
  });
});
