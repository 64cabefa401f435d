import { expect, type Page } from '@playwright/test';

/** Nothing wider than the viewport: the page never scrolls sideways (the failure names what sticks out). */
export async function expectNoHorizontalOverflow(page: Page, width = 375): Promise<void> {
  const { scrollWidth, outside } = await page.evaluate((w) => {
    const outside = [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > w + 1)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)}「${(e.textContent ?? '').slice(0, 20)}」`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, outside };
  }, width);
  expect(scrollWidth, `the page scrolls sideways: ${outside.join(', ')}`).toBeLessThanOrEqual(width);
}

/**
 * No two pieces of visible text on the page cover each other (more than 2 px each way), as they
 * would when enlarged text outgrows a fixed-size box; fails naming the pairs.
 */
export async function expectNoOverlappingText(page: Page): Promise<void> {
  const overlaps = await page.evaluate(() => {
    /** The part of the page an element's overflow lets show (clamped lines are cut off, not overlapping). */
    const clipOf = (el: Element) => {
      let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        clip = {
          left: Math.max(clip.left, r.left),
          top: Math.max(clip.top, r.top),
          right: Math.min(clip.right, r.right),
          bottom: Math.min(clip.bottom, r.bottom),
        };
      }
      return clip;
    };
    const boxes: { text: string; r: { left: number; top: number; right: number; bottom: number } }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      // Toasts and tooltips float over the page by design.
      const skip =
        '[aria-hidden=true], script, style, [data-a11y-scan], .ant-message, .ant-notification, .ant-tooltip';
      if (!text || !el || el.closest(skip)) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const clip = clipOf(el);
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const line of range.getClientRects()) {
        const r = {
          left: Math.max(line.left, clip.left),
          top: Math.max(line.top, clip.top),
          right: Math.min(line.right, clip.right),
          bottom: Math.min(line.bottom, clip.bottom),
        };
        if (r.right - r.left > 0 && r.bottom - r.top > 0) boxes.push({ text, r });
      }
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
