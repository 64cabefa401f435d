import { useQueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createContext, type ReactNode, useContext, useLayoutEffect, useState } from 'react';
import { asTextScale, type TextScale } from '../../../domain/text-scale';
import { api } from '../api/client';
import { type Me, useMe } from '../api/session';
import { GlobalStyles } from './GlobalStyles';
import { appTheme } from './tokens';

const STORAGE_KEY = 'tongxin.textScale';

interface TextScaleState {
  scale: TextScale;
  /** Applies a step at once; a signed-in user's account keeps it (PUT /api/auth/preferences). */
  setScale: (scale: TextScale) => Promise<void>;
}

const TextScaleContext = createContext<TextScaleState>({ scale: 100, setScale: async () => undefined });

/** The current 长辈模式 step and the way to change it. */
export const useTextScale = () => useContext(TextScaleContext);

/** This device's last step: what the login and public pages use before anyone signs in. */
function storedScale(): TextScale {
  try {
    return asTextScale(Number(localStorage.getItem(STORAGE_KEY))) ?? 100;
  } catch {
    return 100;
  }
}

/**
 * Sets the root font size to the step, in percent of the browser's own setting (so both count),
 * and returns the resulting size in pixels: rem-based styles follow it, and the theme scales
 * Ant Design's pixel sizes by it.
 */
function applyToRoot(scale: TextScale): number {
  const root = document.documentElement;
  root.style.fontSize = scale === 100 ? '' : `${scale}%`;
  return Number.parseFloat(getComputedStyle(root).fontSize) || 16;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The theme of the whole app (every page, public or signed in, inherits it) at the user's text
 * size: the account's step once signed in, else this device's.
 */
export function TextScaleProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [local, setLocal] = useState<TextScale>(storedScale);
  const scale = asTextScale(me?.textScale) ?? local;
  const [rootPx, setRootPx] = useState(() => applyToRoot(scale));
  useLayoutEffect(() => {
    setRootPx(applyToRoot(scale));
    setLocal(scale);
    try {
      localStorage.setItem(STORAGE_KEY, String(scale));
    } catch {
      // Private browsing: the step lasts as long as the page.
    }
  }, [scale]);
  const setScale = async (next: TextScale) => {
    setLocal(next);
    if (!me) return;
    // At once on screen; the account follows, and a refusal puts the previous step back.
    const withScale = (textScale: TextScale) =>
      qc.setQueryData<Me | null>(['me'], (m) => (m ? { ...m, textScale } : m));
    const previous = me.textScale;
    withScale(next);
    try {
      await api.put('/api/auth/preferences', { textScale: next });
    } catch (e) {
      withScale(previous);
      throw e;
    }
  };
  return (
    <TextScaleContext.Provider value={{ scale, setScale }}>
      <ConfigProvider
        locale={zhCN}
        button={{ autoInsertSpace: false }}
        theme={appTheme(rootPx, reducedMotion())}
      >
        <GlobalStyles />
        {children}
      </ConfigProvider>
    </TextScaleContext.Provider>
  );
}
