import type { Page } from '@playwright/test';
import { expect } from './test';

/**
 * How long a full load of the app (page.goto, reload) may take before its first content: the entry,
 * the session, the shell's chunk and the page's, one after another; on a machine running several
 * suites more than the default 10 s.
 */
export const FULL_LOAD = { timeout: 30_000 };

/**
 * The not-found page after typing an address the role may not open. `page.goto` reloads the
 * whole app: the entry, the session, the shell's chunk, then the not-found chunk and the Result
 * illustrations, one after another. On a machine running several suites this took more than the
 * default 10 s (the same full load the duty-archive spec allows 30 s for), so it gets that too.
 */
export async function expectNotFound(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByText('页面不存在或无权访问')).toBeVisible(FULL_LOAD);
  // No page of the registry is named above it: the heading belongs to pages the role may open.
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveCount(0);
}
