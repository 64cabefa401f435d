import { pinyin } from 'pinyin-pro';

/** Full pinyin ('zhang san') and initials ('zs') of a Chinese name, for search and sorting. */
export function nameIndex(name: string): { namePinyin: string; nameInitials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  return {
    namePinyin: full.join(' ').toLowerCase(),
    nameInitials: full.map((s) => s[0] ?? '').join('').toLowerCase(),
  };
}
