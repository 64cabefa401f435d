import { message as antMessage } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, type ReactNode, useContext } from 'react';

const MessageContext = createContext<MessageInstance | null>(null);

/**
 * The app's toasts (成功 / 失败 messages) under the app's theme. Ant Design's `App` would give
 * them too, with its modal and notification APIs, which no page uses from there: this keeps them
 * out of the first download.
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = antMessage.useMessage();
  return (
    <MessageContext.Provider value={api}>
      {holder}
      {children}
    </MessageContext.Provider>
  );
}

/** The toasts of the nearest MessageProvider (main.tsx puts one around the app). */
export function useMessage(): MessageInstance {
  const api = useContext(MessageContext);
  if (!api) throw new Error('useMessage outside MessageProvider');
  return api;
}
