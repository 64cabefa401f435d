import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an Ant Design select found by its label inside `scope`; a searchable one
 * (long lists such as the 40 units) is filtered by typing and picked with Enter.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string, search = false) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) {
    await input.fill(option);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option })
      .waitFor();
    await input.press('Enter');
  } else {
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click();
  }
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}
