import { expect, type Locator, type Page } from '@playwright/test';

/** The select around an input: where the chosen option's text shows. */
const selectOf = (input: Locator) =>
  input.locator(
    `xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`,
  );

/**
 * Picks an option of an Ant Design select found by its label inside `scope`; a searchable one
 * (long lists such as the 40 units) is filtered by typing and picked with Enter. A pick can get
 * lost while the list is still opening on a busy machine, so it is tried again until the list
 * has closed and the select shows the option.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string, search = false) {
  const input = scope.getByLabel(label, { exact: true });
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await open.count()) === 0) await input.click();
    if (search) {
      await input.fill(option);
      await open.locator('.ant-select-item-option-active', { hasText: option }).waitFor({ timeout: 3000 });
      await input.press('Enter');
    } else {
      await open.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 3000 });
    }
    await expect(open).toHaveCount(0, { timeout: 3000 });
    await expect(selectOf(input)).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}
