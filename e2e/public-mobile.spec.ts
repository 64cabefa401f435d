import { expectNoHorizontalOverflow } from './support/layout';
import { expect, test } from './support/test';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const MOBILE = /1[3-9]\d{9}/;

test('anyone opens the public replies from the login page on a phone, searches and reads one', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '公开提案答复查询' }).click();
  await expect(page).toHaveURL(/\/public\/proposals$/);
  await expect(page.getByText(/共 \d+ 件已公开答复的提案/)).toBeVisible();
  const cards = page.getByTestId('public-proposal');
  await expect(cards.first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  // The 字号 choice on the red header is readable: its text is not the white of its ground.
  const scale = page.getByRole('combobox', { name: '字号' });
  const colours = await scale.evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor];
  });
  expect(colours[0]).not.toBe(colours[1]);

  // A card reads out all it shows, not the title alone.
  await expect(cards.first()).toHaveAccessibleName(/提案人：.+承办单位：.+答复类别：/);

  // Search for the first proposal's title: it comes back, and the address keeps the search.
  const title = (await cards.first().getByRole('heading').textContent()) ?? '';
  await page.getByRole('searchbox', { name: '关键词' }).fill(title);
  await page.getByRole('searchbox', { name: '关键词' }).press('Enter');
  await expect(page).toHaveURL(/\?q=/);
  await expect(cards.first().getByRole('heading')).toHaveText(title);

  await cards.first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(/答复$/).first()).toBeVisible();
  // The proposal's own text is public too, with its parts as headings.
  await expect(page.getByRole('heading', { name: '建议', level: 3 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(MOBILE);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(page).toHaveURL(/\/public\/proposals\?q=/);
  await expect(page.getByRole('searchbox', { name: '关键词' })).toHaveValue(title);
});
