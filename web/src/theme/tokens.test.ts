import { FastColor } from '@ant-design/fast-color';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme, BRAND_RED, ON_RED_FOCUS_RING, PAGE_BACKGROUND, TAG_TEXT } from './tokens';

/** WCAG 2.1 contrast ratio of a colour (alpha blended onto the background) against the background. */
function contrast(colour: string, background: string): number {
  const fg = new FastColor(colour).onBackground(background).getLuminance();
  const bg = new FastColor(background).getLuminance();
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/** The tokens Ant Design derives from our theme, as its components use them. */
const token = theme.getDesignToken(appTheme(16, false));
const WHITE = '#ffffff';
const TEXT = 4.5;
const UI = 3;

describe('theme colours (WCAG 2.1 AA)', () => {
  it.each([
    ['text', token.colorText],
    ['secondary text', token.colorTextSecondary],
    ['descriptions, hints and group titles', token.colorTextDescription],
    ['tertiary text', token.colorTextTertiary],
    ['placeholders', token.colorTextPlaceholder],
    ['empty-list notes (the disabled grey)', token.colorTextDisabled],
    ['links', token.colorLink],
    ['links on hover', token.colorLinkHover],
    ['danger text', token.colorError],
    ['success text', token.colorSuccess],
    ['warning text', token.colorWarning],
    ['primary (menu selection, outlined buttons)', token.colorPrimary],
  ])('%s read 4.5:1 on white and on the warm grey', (_what, colour) => {
    expect(contrast(colour, WHITE)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(colour, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each([
    ['primary', token.colorPrimary, token.colorPrimaryHover, token.colorPrimaryActive],
    ['danger', token.colorError, token.colorErrorHover, token.colorErrorActive],
  ])('white text on %s buttons reads 4.5:1 at rest, hovered and pressed', (_what, ...fills) => {
    for (const fill of fills) expect(contrast(token.colorTextLightSolid, fill)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each([
    ['success', token.colorSuccess, token.colorSuccessBg],
    ['processing', token.colorInfo, token.colorInfoBg],
    ['error', token.colorError, token.colorErrorBg],
    ['warning', token.colorWarning, token.colorWarningBg],
  ])('status tag %s: text 4.5:1 on its own background', (_what, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(TEXT);
  });

  it('covers every tag colour the pages use', () => {
    for (const hue of ['red', 'orange', 'gold', 'green', 'cyan', 'blue', 'geekblue'])
      expect(TAG_TEXT).toHaveProperty(hue);
  });

  it.each(Object.keys(TAG_TEXT))('a %s tag: text 4.5:1 on its pale background', (colour) => {
    const t = token as unknown as Record<string, string>;
    expect(contrast(TAG_TEXT[colour], t[`${colour}1`])).toBeGreaterThanOrEqual(TEXT);
  });

  it('the focus ring, the focused field glow and control outlines stand 3:1 on white and the warm grey', () => {
    for (const ring of [token.colorPrimaryBorder, token.controlOutline, token.colorBorder]) {
      expect(contrast(ring, WHITE)).toBeGreaterThanOrEqual(UI);
      expect(contrast(ring, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(UI);
    }
  });

  it('a focused field is blue, unlike a field in error, and its border and glow stand 3:1', () => {
    const themed = appTheme(16, false);
    const input = themed.components?.Input as { activeBorderColor: string; activeShadow: string };
    const select = themed.components?.Select as { activeBorderColor: string; activeOutlineColor: string };
    for (const focus of [input.activeBorderColor, select.activeBorderColor, token.colorPrimaryBorder]) {
      expect(focus).not.toBe(token.colorError);
      expect(focus).not.toBe(token.colorPrimary);
      expect(contrast(focus, WHITE)).toBeGreaterThanOrEqual(UI);
    }
    const glow = input.activeShadow.split(' ').at(-1) ?? '';
    expect(contrast(glow, WHITE)).toBeGreaterThanOrEqual(UI);
    expect(contrast(select.activeOutlineColor, WHITE)).toBeGreaterThanOrEqual(UI);
    // Blue against red: hue far apart, not a shade of the error colour.
    expect(new FastColor(input.activeBorderColor).toHsv().h).toBeGreaterThan(180);
  });

  it('in the red header the focus ring stands 3:1 on the red, and white text 4.5:1', () => {
    expect(contrast(ON_RED_FOCUS_RING, BRAND_RED)).toBeGreaterThanOrEqual(UI);
    expect(contrast(WHITE, BRAND_RED)).toBeGreaterThanOrEqual(TEXT);
  });
});

describe('theme sizes follow the root font size', () => {
  it.each([
    [16, 14, 32],
    [20, 17.5, 40],
    [24, 21, 48],
    [32, 28, 64],
  ])('at a %s px root: %s px text and %s px controls', (rootPx, fontSize, controlHeight) => {
    const t = theme.getDesignToken(appTheme(rootPx, false));
    expect(t.fontSize).toBe(fontSize);
    expect(t.controlHeight).toBe(controlHeight);
    // Derived sizes grow with it: larger headings, wider padding.
    expect(t.fontSizeHeading4).toBeGreaterThan(fontSize);
    expect(t.padding).toBe((16 * rootPx) / 16);
  });
});
