import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { uploadOf } from '../members/fixtures';
import { type ProposalWorld, proposalWorld } from './test-world';

/**
 * Issue 12, Word in: a .docx written as members write proposals (built here with the `docx`
 * package, so it is a real Word file) fills 案由 and the three parts; lists and bold survive, the
 * proposer's contact lines do not, and whatever the file holds passes the sanitiser.
 */

let t: TestApp;
let a: ProposalWorld;

const numbered = (text: string) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } });

/** A proposal in the usual template: heading title, contact line, 一、情况 / 二、分析 / 三、建议 headings. */
function templateDocument() {
  return new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '关于推进老旧小区加装电梯的建议', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('提案人：张三　联系电话：13800000000'),
          new Paragraph({ text: '一、情况', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('全区2000年以前建成的多层住宅小区共186个，涉及居民4.2万户。'),
          new Paragraph('已加装电梯仅97部，高龄老人上下楼困难。'),
          new Paragraph({ text: '二、分析', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun({ text: '意见难统一', bold: true }),
              new TextRun('：低层住户担心采光和噪声。'),
            ],
          }),
          new Paragraph({ text: '三、建议', heading: HeadingLevel.HEADING_2 }),
          numbered('设立加装电梯一站式服务窗口。'),
          numbered('允许提取住房公积金用于加装电梯。'),
          new Paragraph('<script>alert(1)</script>纳入老旧小区改造年度计划。'),
        ],
      },
    ],
  });
}

/** Labels in the text itself (案由：…, 情况：…) rather than headings. */
function labelledDocument() {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph('案由：关于规范校外培训机构收费的建议'),
          new Paragraph('情况：部分校外培训机构一次性预收一年以上学费。'),
          new Paragraph('分析：预收费缺少监管，机构跑路后家长维权难。'),
          new Paragraph('建议：由区教育局会同市场监管局建立预收费资金监管账户。'),
        ],
      },
    ],
  });
}

const importDocx = async (bytes: Buffer, name = '提案.docx') =>
  a.c.lead.request({ method: 'POST', url: '/api/proposals/docx-import', ...uploadOf(bytes, name) });

beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 'wd');
});
afterAll(() => t.close());

describe('reading a proposal from Word', () => {
  it('fills 案由 and the three parts from the headings, keeping paragraphs, lists and bold', async () => {
    const res = await importDocx(await Packer.toBuffer(templateDocument()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      title: '关于推进老旧小区加装电梯的建议',
      situationHtml:
        '<p>全区2000年以前建成的多层住宅小区共186个，涉及居民4.2万户。</p><p>已加装电梯仅97部，高龄老人上下楼困难。</p>',
      analysisHtml: '<p><strong>意见难统一</strong>：低层住户担心采光和噪声。</p>',
      recommendationHtml:
        '<ol><li>设立加装电梯一站式服务窗口。</li><li>允许提取住房公积金用于加装电梯。</li></ol>' +
        '<p>&lt;script&gt;alert(1)&lt;/script&gt;纳入老旧小区改造年度计划。</p>',
      found: ['title', 'situation', 'analysis', 'recommendation'],
    });
  });

  it('reads labels written in the text (案由：, 情况：…)', async () => {
    const res = await importDocx(await Packer.toBuffer(labelledDocument()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: '关于规范校外培训机构收费的建议',
      situationHtml: '<p>部分校外培训机构一次性预收一年以上学费。</p>',
      analysisHtml: '<p>预收费缺少监管，机构跑路后家长维权难。</p>',
      recommendationHtml: '<p>由区教育局会同市场监管局建立预收费资金监管账户。</p>',
    });
  });

  it('refuses what is not a .docx, naming the file', async () => {
    const doc = await importDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), '提案.doc');
    expect(doc.statusCode).toBe(400);
    expect(doc.json().error.message).toBe(
      '文件：只支持 .docx 格式的 Word 文件（.doc 请在 Word 中另存为 .docx）',
    );
    const renamed = await importDocx(Buffer.from('这不是 Word 文件'));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.field).toBe('file');
    const brokenZip = await importDocx(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(brokenZip.statusCode).toBe(400);
    expect(brokenZip.json().error.message).toBe('文件：无法读取，请确认是用 Word 保存的 .docx 文件');
  });
});
