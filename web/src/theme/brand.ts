/**
 * The brand colours as plain values, apart from Ant Design's theme (tokens.ts): the public pages'
 * own entry uses them without loading Ant Design.
 */

/** The committee's red: the header and primary buttons (6.26:1 on white). */
export const BRAND_RED = '#b7282e';
/**
 * Focus: the ring and a focused field's border and glow. Blue, not the brand red: a focused field
 * in red reads like one in error (#cf1322). 6.0:1 on white.
 */
export const FOCUS_BLUE = '#0958d9';

/** The warm grey behind the login and public pages. */
export const PAGE_BACKGROUND = '#f5f0ee';
/** Secondary text on the brand red (5.4:1). */
export const ON_RED_SECONDARY = '#ffe7e7';

/**
 * The focus ring on the brand red (6.26:1 there; the red ring would vanish). Only the headers'
 * own controls take it (GlobalStyles `.on-brand-red`): their menus and popovers open on white.
 */
export const ON_RED_FOCUS_RING = '#ffffff';

/** The class of a red header (GlobalStyles gives its controls the white ring). */
export const ON_RED_CLASS = 'on-brand-red';
