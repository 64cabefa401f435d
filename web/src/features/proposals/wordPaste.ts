/**
 * Word puts lists on the clipboard as paragraphs styled `mso-list`, each starting with its marker
 * («1.», «·») inside `<![if !supportLists]>`: the editor would keep them as plain paragraphs with a
 * typed number. This turns each run of such paragraphs into a real <ol> or <ul> (markers dropped),
 * so a proposal pasted from Word (or WPS, which writes the same) keeps its lists.
 */

const LIST_PARAGRAPH = /<p\b[^>]*mso-list:[^>]*>([\s\S]*?)<\/p>/gi;
/** The marker Word writes before the item's text, hidden from browsers that render real lists. */
const MARKER =
  /<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->|<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;
const ORDERED_MARKER = /^\s*(\(?[0-9]+[.)、]?|[（(]?[一二三四五六七八九十]+[、.)）]|[a-z][.)])/i;
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();

interface Item {
  start: number;
  end: number;
  ordered: boolean;
  body: string;
}

/** Word's list paragraphs as list items: where each stands, its kind, its text without the marker. */
function listItems(html: string): Item[] {
  return [...html.matchAll(LIST_PARAGRAPH)].map((m) => {
    const marker = MARKER.exec(m[1]);
    const markerText = marker ? plain(marker[1] ?? marker[2] ?? '') : '';
    return {
      start: m.index,
      end: m.index + m[0].length,
      ordered: ORDERED_MARKER.test(markerText),
      body: m[1].replace(MARKER, '').trim(),
    };
  });
}

/** Pasted HTML with Word's list paragraphs turned into lists; other HTML is returned unchanged. */
export function wordListsToHtml(html: string): string {
  const items = listItems(html);
  if (!items.length) return html;
  let out = '';
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const prev = items[i - 1];
    const continues = prev && prev.ordered === item.ordered && html.slice(prev.end, item.start).trim() === '';
    const tag = item.ordered ? 'ol' : 'ul';
    if (!continues)
      out += `${prev ? `</${prev.ordered ? 'ol' : 'ul'}>` : ''}${html.slice(at, item.start)}<${tag}>`;
    out += `<li><p>${item.body}</p></li>`;
    at = item.end;
  }
  const last = items[items.length - 1];
  return `${out}</${last.ordered ? 'ol' : 'ul'}>${html.slice(at)}`;
}
