import { asTextScale, type TextScale } from '../../../domain/text-scale';

const STORAGE_KEY = 'tongxin.textScale';

/** This device's last step: what the login and public pages use before anyone signs in. */
export function storedScale(): TextScale {
  try {
    return asTextScale(Number(localStorage.getItem(STORAGE_KEY))) ?? 100;
  } catch {
    return 100;
  }
}

/** Keeps the step on this device (the public pages and the login page read it). */
export function storeScale(scale: TextScale): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(scale));
  } catch {
    // Private browsing: the step lasts as long as the page.
  }
}

/**
 * Sets the root font size to the step, in percent of the browser's own setting (so both count),
 * and returns the resulting size in pixels: rem-based styles follow it, and the signed-in app's
 * theme scales Ant Design's pixel sizes by it.
 */
export function applyToRoot(scale: TextScale): number {
  const root = document.documentElement;
  root.style.fontSize = scale === 100 ? '' : `${scale}%`;
  return Number.parseFloat(getComputedStyle(root).fontSize) || 16;
}
