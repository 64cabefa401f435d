import { type ThemeConfig, theme } from 'antd';
import { BRAND_RED, FOCUS_BLUE } from './brand';

export * from './brand';

/** The glow around a focused field: the focus blue, lighter, still 3:1 on white. */
const FOCUS_GLOW = '#4b7fe0';

const base = theme.getDesignToken();
const PRESET_COLOURS = [
  'red',
  'volcano',
  'orange',
  'gold',
  'yellow',
  'lime',
  'green',
  'cyan',
  'blue',
  'geekblue',
  'purple',
  'magenta',
  'pink',
] as const;
/** Hues so light that only the palette's 9th shade reads 4.5:1 on their pale tag background. */
const LIGHT_HUES: readonly string[] = ['gold', 'yellow', 'lime'];

/**
 * The text of a coloured tag, per hue. Ant Design writes it in the palette's 7th shade on the 1st,
 * below 4.5:1 for most hues (green 3.4:1, gold 2.8:1); these are the 8th shade (the 9th for the
 * light hues). Ant Design takes no override of single palette shades, so GlobalStyles sets them
 * as the tags' colour variables.
 */
export const TAG_TEXT: Record<string, string> = Object.fromEntries(
  PRESET_COLOURS.map((c) => [
    c,
    base[`${c}${LIGHT_HUES.includes(c) ? 9 : 8}` as keyof typeof base] as string,
  ]),
);

/**
 * Colours at WCAG 2.1 AA: text 4.5:1 on white and on the warm grey, the focus ring and control
 * borders 3:1. Ant Design's defaults miss it for secondary text (#8c8c8c), links (#1677ff),
 * placeholders, status colours and the light focus ring (web/src/theme/tokens.test.ts measures them).
 */
const COLOURS: ThemeConfig['token'] = {
  colorPrimary: BRAND_RED,
  // Darker, not lighter, on hover and press: white button text keeps its contrast.
  colorPrimaryHover: '#9c2227',
  colorPrimaryActive: '#82191e',
  // The focus ring of buttons, menus, tabs and checkboxes, and the glow around a focused field.
  colorPrimaryBorder: FOCUS_BLUE,
  controlOutline: FOCUS_GLOW,
  // The outline of fields, selects, checkboxes and default buttons: 3:1, so a field is seen as one.
  colorBorder: '#858585',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  // Also the grey of empty-list notes (暂无…); a disabled control still shows by its grey fill.
  colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
  colorInfo: '#0958d9',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
  colorSuccess: '#237804',
  // The pale backgrounds stay Ant Design's: derived from the darker text colours they turn murky.
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarning: '#874d00',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorError: '#cf1322',
  colorErrorHover: '#a8071a',
  colorErrorActive: '#820014',
  colorErrorOutline: '#cf1322',
  colorWarningOutline: '#874d00',
};

/** Fields take their hover and focus border from the primary colour by default: the focus blue instead. */
const fieldFocus = {
  activeBorderColor: FOCUS_BLUE,
  hoverBorderColor: FOCUS_BLUE,
  activeShadow: `0 0 0 2px ${FOCUS_GLOW}`,
};
const FIELD_FOCUS: ThemeConfig['components'] = {
  Input: fieldFocus,
  InputNumber: fieldFocus,
  DatePicker: fieldFocus,
  Mentions: fieldFocus,
  Select: { activeBorderColor: FOCUS_BLUE, hoverBorderColor: FOCUS_BLUE, activeOutlineColor: FOCUS_GLOW },
};

/**
 * The whole theme at a root font size of `rootPx` (16 by default in browsers): Ant Design sizes in
 * pixels, so its seeds (text, spacing, control height) are scaled by rootPx / 16. The root font
 * size carries both the browser's own setting and the user's 长辈模式 step (TextScaleProvider).
 */
export function appTheme(rootPx: number, reducedMotion: boolean): ThemeConfig {
  const s = rootPx / 16;
  return {
    token: {
      ...COLOURS,
      fontSize: 14 * s,
      // Spacing is sizeUnit × (sizeStep ± n): scaling the unit scales every gap and padding.
      sizeUnit: 4 * s,
      controlHeight: 32 * s,
      motion: !reducedMotion,
    },
    components: {
      Layout: { headerHeight: 56 * s, headerPadding: `0 ${16 * s}px` },
      ...FIELD_FOCUS,
    },
  };
}
