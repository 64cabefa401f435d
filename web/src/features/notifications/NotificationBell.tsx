import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, theme } from 'antd';
import type { ReactNode } from 'react';
import { useDeferredPopup } from '../../layout/deferredPopup';
import { useTodos } from '../todos/api';
import { useLatestNotifications } from './api';

const loadPopover = () => import('./NotificationPopover').then((m) => m.NotificationPopover);

/**
 * The count as one piece of text (Ant Design's animated count splits the digits), which the
 * button's name repeats as a word of its own, so name and sight agree (WCAG 2.5.3).
 */
function UnreadCount({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <span
      style={{
        // White on the red header, the count in the danger red (5.6:1).
        background: token.colorBgContainer,
        color: token.colorError,
        borderRadius: '1em',
        padding: '0 0.4em',
        fontSize: token.fontSizeSM,
        lineHeight: 1.5,
      }}
    >
      {children}
    </span>
  );
}

/**
 * The bell in the header; its count adds the to-dos and the unread notifications. Pressing it
 * opens the panel (NotificationPopover), whose code comes with the first press.
 */
export function NotificationBell() {
  const { data } = useLatestNotifications();
  const owed = (useTodos().data ?? []).reduce((n, t) => n + t.count, 0);
  const panel = useDeferredPopup(loadPopover, false);
  const unread = data?.unread ?? 0;
  const total = owed + unread;
  const count = total > 99 ? '99+' : total;
  const button = (
    <Button
      type="text"
      aria-label={count ? `待办与通知 ${count}（待办 ${owed} 项，未读 ${unread} 条）` : '待办与通知'}
      data-testid="notification-bell"
      {...panel.buttonProps}
    >
      <Badge count={count ? <UnreadCount>{count}</UnreadCount> : 0}>
        <BellOutlined style={{ color: '#fff', fontSize: '1.125rem' }} />
      </Badge>
    </Button>
  );
  return panel.Popup ? <panel.Popup button={button} initiallyOpen={panel.initiallyOpen} /> : button;
}
