import { useQueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createContext, type ReactNode, useContext, useLayoutEffect, useState } from 'react';
import { asTextScale, type TextScale } from '../../../domain/text-scale';
import { api } from '../api/client';
import { type Me, useMe } from '../api/session';
import { GlobalStyles } from './GlobalStyles';
import { applyToRoot, storedScale, storeScale } from './textScaleRoot';
import { appTheme } from './tokens';

interface TextScaleState {
  scale: TextScale;
  /** Applies a step at once; a signed-in user's account keeps it (PUT /api/auth/preferences). */
  setScale: (scale: TextScale) => Promise<void>;
}

const TextScaleContext = createContext<TextScaleState>({ scale: 100, setScale: async () => undefined });

/** The current 长辈模式 step and the way to change it. */
export const useTextScale = () => useContext(TextScaleContext);

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The theme of the signed-in app and its login page at the user's text
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
    storeScale(scale);
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
