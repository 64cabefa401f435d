import { pinyin } from 'pinyin-pro';

/**
 * Full pinyin ('zhang san') and initials ('zs') of a Chinese name, for search and sorting.
 * 'ü' is written 'v' (吕 → 'lv') as people type it; separators such as '·' or spaces in
 * minority names are dropped so they never become part of the initials.
 */
export function nameIndex(name: string): { namePinyin: string; nameInitials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
  return {
    namePinyin: full.join(' '),
    nameInitials: full.map((s) => s[0]).join(''),
  };
}
