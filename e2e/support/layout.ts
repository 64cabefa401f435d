import { expect, type Page } from '@playwright/test';

/** Nothing wider than the viewport: the page never scrolls sideways. */
export async function expectNoHorizontalOverflow(page: Page, width = 375): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

/**
 * No two pieces of visible text on the page cover each other (more than 2 px each way), as they
 * would when enlarged text outgrows a fixed-size box. Returns nothing; fails naming the pair.
 */
export async function expectNoOverlappingText(page: Page): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const boxes: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('[aria-hidden=true], script, style, [data-a11y-scan]')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push({ text, r });
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 2 && y > 2 && boxes[i].text !== boxes[j].text)
          found.push(`「${boxes[i].text}」×「${boxes[j].text}」`);
      }
    }
    return found.slice(0, 10);
  });
  expect(overlaps, 'text overlaps other text').toEqual([]);
}
