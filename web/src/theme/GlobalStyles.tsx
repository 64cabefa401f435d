import { theme } from 'antd';
import { ON_RED_CLASS, ON_RED_FOCUS_RING, TAG_TEXT } from './tokens';

/** The coloured tags' text colour variables (tokens.ts TAG_TEXT), above Ant Design's own. */
const TAG_VARIABLES = `.ant-tag.ant-tag { ${Object.entries(TAG_TEXT)
  .map(([hue, colour]) => `--ant-${hue}-7: ${colour};`)
  .join(' ')} }`;

/**
 * The few styles outside Ant Design's components, from the same tokens: the text of plain elements
 * (what Ant Design's `App` wrapper would give), the skip link (out of
 * sight until a keyboard user tabs to it), the page heading, the focus ring of elements Ant
 * Design does not draw (the rich-text editors, focusable scroll regions), the white ring in the red
 * headers, links in tables and descriptions underlined (told apart from the text by more than
 * colour, WCAG 1.4.1, also while a list fades during loading), and the tags' text, which
 * wraps (a long tag in large text would push a phone's page sideways).
 */
export function GlobalStyles() {
  const { token } = theme.useToken();
  const ring = `outline: ${token.lineWidthFocus}px solid ${token.colorPrimaryBorder}; outline-offset: 1px;`;
  const css = `
body { color: ${token.colorText}; font-size: ${token.fontSize}px; line-height: ${token.lineHeight};
  font-family: ${token.fontFamily}; }
.skip-link { position: absolute; left: ${token.marginXS}px; top: -10em; z-index: 2000;
  padding: ${token.paddingXS}px ${token.padding}px; background: #fff; color: ${token.colorLink};
  border-radius: ${token.borderRadius}px; font-size: ${token.fontSize}px; }
.skip-link:focus { top: ${token.marginXS}px; ${ring} }
.page-heading { font-size: ${token.fontSizeHeading4}px; font-weight: 600; line-height: ${token.lineHeightHeading4};
  color: ${token.colorTextHeading}; margin: 0 0 ${token.marginSM}px; overflow-wrap: anywhere; }
.rich-text-frame:focus-within { border-color: ${token.colorPrimaryBorder} !important;
  box-shadow: 0 0 0 ${token.controlOutlineWidth}px ${token.controlOutline}; }
.scroll-region:focus-visible { ${ring} }
.${ON_RED_CLASS} :focus-visible { outline: ${token.lineWidthFocus}px solid ${ON_RED_FOCUS_RING} !important;
  outline-offset: 1px; }
.ant-table-cell a, .ant-descriptions a, .ant-list a { text-decoration: underline; text-underline-offset: 0.15em; }
.ant-tag { white-space: normal; overflow-wrap: anywhere; max-width: 100%; }
.ant-space-item { max-width: 100%; min-width: 0; }
${TAG_VARIABLES}
`;
  // A plain <style>, not a hoisted resource: its text changes with the 长辈模式 step.
  return <style>{css}</style>;
}
