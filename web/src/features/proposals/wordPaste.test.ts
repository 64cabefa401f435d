import { describe, expect, it } from 'vitest';
import { wordListsToHtml } from './wordPaste';

/** A list paragraph as Word 2016 puts it on the clipboard. */
const wordItem = (marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:仿宋'>${text}</span></p>`;

describe('wordListsToHtml', () => {
  it('turns numbered list paragraphs into one <ol> without the typed numbers', () => {
    const html = `<p class=MsoNormal>建议如下：</p>\n${wordItem('1.', '设立服务窗口')}\n${wordItem('2.', '提取公积金')}<p class=MsoNormal>以上。</p>`;
    expect(wordListsToHtml(html)).toBe(
      `<p class=MsoNormal>建议如下：</p>\n<ol><li><p><span style='font-family:仿宋'>设立服务窗口</span></p></li>` +
        `<li><p><span style='font-family:仿宋'>提取公积金</span></p></li></ol><p class=MsoNormal>以上。</p>`,
    );
  });

  it('makes bullets a <ul>, and a paragraph between two lists ends the first', () => {
    const html = `${wordItem('·', '甲')}<p>中间</p>${wordItem('（一）', '乙')}`;
    expect(wordListsToHtml(html)).toBe(
      "<ul><li><p><span style='font-family:仿宋'>甲</span></p></li></ul><p>中间</p>" +
        "<ol><li><p><span style='font-family:仿宋'>乙</span></p></li></ol>",
    );
  });

  it('leaves HTML without Word lists alone', () => {
    expect(wordListsToHtml('<p>一段</p><ol><li>已是列表</li></ol>')).toBe(
      '<p>一段</p><ol><li>已是列表</li></ol>',
    );
  });
});
