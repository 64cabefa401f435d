import { Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { apiAs, pageAs, runMark } from './support/accounts';
import { expect, test } from './support/test';

const RUN = runMark();
const TITLE = `关于规范校外培训机构预收费的建议（${RUN}）`;
const TOPIC = `推进城市书房建设（${RUN}）`;

/** A proposal as a member writes it in Word: heading title, 一、情况 / 二、分析 / 三、建议, a numbered list. */
async function proposalDocx(): Promise<Buffer> {
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '一、情况', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('部分校外培训机构一次性预收一年以上学费，去年全区有3家机构停业，涉及学员800余人。'),
          new Paragraph({ text: '二、分析', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('预收费缺少资金监管，机构经营不善时家长维权困难，退费纠纷多。'),
          new Paragraph({ text: '三、建议', heading: HeadingLevel.HEADING_2 }),
          item('由区教育局会同区市场监管局建立预收费资金监管账户。'),
          item('单次预收费不得超过3个月或60课时。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Word's clipboard HTML for two numbered list paragraphs. */
const WORD_PASTE = ['1.', '2.']
  .map(
    (n, i) =>
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${n}</span><![endif]>${['原因一：监管缺位', '原因二：合同不规范'][i]}</p>`,
  )
  .join('');

test('a member fills the draft from a Word file, pastes a Word list, and takes a topic', async ({
  browser,
  baseURL,
}) => {
  const staff = await apiAs(baseURL!, 'staff');
  // 排序 0: at the top of the guide (a topic without one goes after the others).
  await staff.post('/api/org/proposal-topics', {
    name: TOPIC,
    source: '年度协商计划',
    unitName: '区文旅局',
    sortOrder: 0,
  });

  const page = await pageAs(browser, 'member', { at: '/proposals/new' });
  // The topic guide fills an empty 案由.
  const guide = page.getByTestId('topic-guide');
  await guide
    .getByRole('listitem')
    .filter({ hasText: TOPIC })
    .getByRole('button', { name: '参考此选题' })
    .click();
  const title = page.locator('form[id="proposal-draft"]').getByLabel('案由');
  await expect(title).toHaveValue(`关于${TOPIC}的建议`);

  // Word in: the form is filled from the file (after confirming the replacement of the title).
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Word 导入' }).click();
  await (await chooser).setFiles({
    name: '提案.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await proposalDocx(),
  });
  await page.getByRole('dialog').getByRole('button', { name: '替换' }).click();
  await expect(page.getByText('已从 Word 填入：案由、情况、分析、建议')).toBeVisible();
  await expect(title).toHaveValue(TITLE);
  await expect(page.getByRole('textbox', { name: '情况' })).toContainText('去年全区有3家机构停业');
  const suggestion = page.getByRole('textbox', { name: '建议' });
  await expect(suggestion.locator('ol > li')).toHaveText([
    '由区教育局会同区市场监管局建立预收费资金监管账户。',
    '单次预收费不得超过3个月或60课时。',
  ]);

  // Pasting Word's list paragraphs into 分析 gives a real list.
  const analysis = page.getByRole('textbox', { name: '分析' });
  await analysis.click();
  await page.keyboard.press('End');
  await analysis.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '1. 原因一：监管缺位\n2. 原因二：合同不规范');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_PASTE);
  await expect(analysis.locator('ol > li')).toHaveText(['原因一：监管缺位', '原因二：合同不规范']);

  // Saved and read back from the server: the lists are kept through the sanitiser.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: '分析' }).locator('ol > li')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: '建议' }).locator('ol > li')).toHaveCount(2);
});
