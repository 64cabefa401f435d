import { runMark } from './support/accounts';
import { loginAs } from './support/login';
import { choose } from './support/select';
import { expect, test } from './support/test';

const RUN = runMark();

test('staff configure categories, deadlines and the calendar, and name a 先进承办单位', async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, 'staff', '/proposals/config');

  // A new category, then retired: it leaves the drafting form's choices.
  const category = `城乡融合${RUN}`;
  await page.getByRole('button', { name: '新增提案类别' }).click();
  const add = page.getByRole('dialog', { name: '新增提案类别' });
  await add.getByLabel('提案类别').fill(category);
  await add.getByLabel('排序').fill('99');
  await add.getByRole('button', { name: '保存' }).click();
  const row = page.getByRole('row', { name: new RegExp(category) });
  await expect(row).toBeVisible();
  await row.getByRole('switch').click();
  await expect(row.getByRole('switch')).not.toBeChecked();

  // The deadlines save as a whole; a value out of range is refused by the server under its field.
  await page.getByRole('tab', { name: '办理时限与答复类别' }).click();
  const reply = page.getByLabel('答复时限（交办后）');
  await expect(reply).toHaveValue(/\d+/);
  const saved = await reply.inputValue();
  await reply.fill('3');
  // Within the tab: after a save, antd may keep its loading icon in the button's name for a while.
  const save = page
    .getByRole('tabpanel', { name: '办理时限与答复类别' })
    .getByRole('button', { name: '保存' });
  await save.click();
  await expect(page.getByText('不能小于 5')).toBeVisible();
  await reply.fill(saved);
  await save.click();
  await expect(page.getByText('办理时限已保存')).toBeVisible();

  // A committee holiday, listed and then returned to the official calendar.
  await page.getByRole('tab', { name: '工作日历' }).click();
  await page.getByLabel('日期').fill('2030-03-04');
  await page.getByLabel('日期').press('Enter');
  await page.getByLabel('说明').fill(`本会调休${RUN}`);
  await page.getByRole('button', { name: '登记' }).click();
  const day = page.getByRole('row', { name: /2030-03-04/ });
  await expect(day).toContainText('休息日');
  await day.getByRole('button', { name: '恢复' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '恢复' }).click();
  await expect(day).toHaveCount(0);

  // 先进承办单位 of the year, then withdrawn.
  await page.goto('/proposals/unit-awards');
  await page.getByRole('button', { name: '评定先进承办单位' }).click();
  const award = page.getByRole('dialog', { name: '评定先进承办单位' });
  await choose(page, award, '承办单位', '区民政局', true);
  await award.getByLabel('说明（选填）').fill(`办理质量高${RUN}`);
  await award.getByRole('button', { name: '保存' }).click();
  const awarded = page.getByRole('row', { name: new RegExp(`办理质量高${RUN}`) });
  await expect(awarded).toContainText('区民政局');
  await awarded.getByRole('button', { name: '撤销' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '撤销' }).click();
  await expect(awarded).toHaveCount(0);
});
