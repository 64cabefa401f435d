import { useState } from 'react';
import { asTextScale, TEXT_SCALE_LABELS, TEXT_SCALES, type TextScale } from '../../../domain/text-scale';
import { applyToRoot, storedScale, storeScale } from '../theme/textScaleRoot';

/**
 * 字号 on the public pages: the same steps as the signed-in app's 长辈模式, kept on this device
 * (the login page and a later visit start from it).
 */
export function TextScaleSelect() {
  const [scale, setScale] = useState<TextScale>(storedScale);
  const choose = (value: string) => {
    const next = asTextScale(Number(value)) ?? 100;
    setScale(next);
    storeScale(next);
    applyToRoot(next);
  };
  return (
    <select aria-label="字号" value={scale} onChange={(e) => choose(e.target.value)}>
      {TEXT_SCALES.map((s) => (
        <option key={s} value={s}>
          {TEXT_SCALE_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
