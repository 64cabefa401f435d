/**
 * 长辈模式 / 大字模式: the steps by which a user may enlarge the whole interface, in percent of the
 * browser's own font size (which the web app follows as well). Stored per account on the server.
 */
export const TEXT_SCALES = [100, 125, 150] as const;

export type TextScale = (typeof TEXT_SCALES)[number];

/** What the switch calls each step. */
export const TEXT_SCALE_LABELS: Record<TextScale, string> = {
  100: '标准字号',
  125: '大字模式',
  150: '长辈模式（特大字）',
};

/** A value read from storage or a request, if it is one of the steps. */
export const asTextScale = (v: unknown): TextScale | null =>
  TEXT_SCALES.includes(v as TextScale) ? (v as TextScale) : null;
