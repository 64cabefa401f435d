/**
 * The pinyin of members' names (domain/pinyin.ts). pinyin-pro's dictionary takes about 50 ms to
 * load: it is loaded with the first member written, not at start-up.
 */
export const loadNameIndex = async () => (await import('../../../domain/pinyin')).nameIndex;
