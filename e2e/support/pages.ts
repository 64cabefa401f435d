import type { Page } from '@playwright/test';
import { expect } from './test';

/**
 * The not-found page after typing an address the role may not open. `page.goto` reloads the
 * whole app: the entry, the session, the shell's chunk, then the not-found chunk and the Result
 * illustrations, one after another. On a machine running several suites this took more than the
 * default 10 s (the same full load the duty-archive spec allows 30 s for), so it gets that too.
 */
export async function expectNotFound(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByText('页面不存在或无权访问')).toBeVisible({ timeout: 30_000 });
  // No page of the registry is named above it: the heading belongs to pages the role may open.
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveCount(0);
}
