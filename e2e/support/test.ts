import { test as base } from '@playwright/test';
import { A11yScanner } from './a11y';

/**
 * The `test` every browser spec imports (instead of @playwright/test's): the same fixtures, plus
 * an automatic accessibility scan. Each page the test opens, in its `page` or in any context made
 * with `browser.newContext()`, is checked with axe-core after each navigation or change of dialog,
 * tab or headings, and at the end; a serious or critical WCAG 2.1 A/AA violation fails the test
 * with the rule, the address, the viewport width and the elements. A new spec needs nothing else.
 */
export const test = base.extend<{ a11yScan: undefined }>({
  a11yScan: [
    async ({ browser, context }, use, testInfo) => {
      const scanner = new A11yScanner(testInfo);
      await scanner.attach(context);
      const stop = scanner.followBrowser(browser);
      await use(undefined);
      stop();
      await scanner.finish();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
