import JSZip from 'jszip';
import { expect } from 'vitest';

/** A Word response read back: word/document.xml as text, one line per paragraph. */
export async function documentText(res: {
  statusCode: number;
  body: string;
  rawPayload: Buffer;
}): Promise<string> {
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
