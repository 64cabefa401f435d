import xss from 'xss';

// xss is CommonJS: Node's ESM loader offers only the default export, which carries the helpers.
const { escapeHtml, FilterXSS } = xss as unknown as typeof import('xss');

/**
 * The tags a proposal, report or reply may carry: paragraphs, emphasis, lists and simple tables,
 * with no attributes at all (no links, images, styles or handlers), so stored HTML is safe to
 * render and prints cleanly in Word.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ol',
  'ul',
  'li',
  'h3',
  'h4',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const filter = new FilterXSS({
  whiteList: Object.fromEntries(ALLOWED_TAGS.map((t) => [t, []])),
  // Drop real tags outside the list, but keep text such as "人均 < 5 平方米" (escaped) intact.
  onIgnoreTag: (_tag, html) => (/^<\/?[a-z][a-z0-9-]*(\s|\/?>)/i.test(html) ? '' : escapeHtml(html)),
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'noscript', 'template'],
  allowCommentTag: false,
  css: false,
});

/** Server-side whitelist sanitiser for rich text from the editor; run on every write. */
export function sanitizeRichText(html: string): string {
  return filter.process(html).trim();
}

/** The words of rich text without markup, for length checks, search and Word export. */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h3|h4|tr|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
