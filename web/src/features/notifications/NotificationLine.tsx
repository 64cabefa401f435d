import { theme } from 'antd';
import { useNavigate } from 'react-router';
import { formatTime } from '../../components/format';
import { useMessage } from '../../feedback/message';
import { type Notification, useNotificationActions } from './api';

/** Opens what a notification is about, marking it read on the way. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const { markRead } = useNotificationActions();
  const message = useMessage();
  return async (n: Notification) => {
    try {
      if (!n.readAt) await markRead(n.id);
    } catch (e) {
      message.error((e as Error).message);
    }
    if (n.link) navigate(n.link);
  };
}

/** One notification line: unread ones in bold, at most two lines of detail, the time below. */
export function NotificationLine({ n }: { n: Notification }) {
  const { token } = theme.useToken();
  const secondary = { color: token.colorTextSecondary, fontSize: '0.75rem' };
  return (
    <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <div style={{ fontWeight: n.readAt ? undefined : token.fontWeightStrong }}>{n.title}</div>
      {n.body && (
        <p
          style={{
            ...secondary,
            margin: 0,
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {n.body}
        </p>
      )}
      <div style={secondary}>{formatTime(n.createdAt)}</div>
    </div>
  );
}
