import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Space, Typography, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatTime } from '../../components/format';
import { PlainList } from '../../components/PlainList';
import { useMessage } from '../../feedback/message';
import { useTodos } from '../todos/api';
import { TodoList } from '../todos/TodoList';
import { type Notification, useLatestNotifications, useNotificationActions } from './api';

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
  return (
    <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
      {n.body && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: '0.75rem', margin: 0 }}
          ellipsis={{ rows: 2 }}
        >
          {n.body}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>
        {formatTime(n.createdAt)}
      </Typography.Text>
    </div>
  );
}

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
 * The bell in the header: the to-dos (the same list as the home page) and the latest
 * notifications in a dropdown; its count adds both. A link to every notification and 全部已读.
 */
export function NotificationBell() {
  const { data } = useLatestNotifications();
  const todos = useTodos().data ?? [];
  const owed = todos.reduce((n, t) => n + t.count, 0);
  const { markAllRead } = useNotificationActions();
  const open = useOpenNotification();
  const navigate = useNavigate();
  const [shown, setShown] = useState(false);
  const unread = data?.unread ?? 0;
  const total = owed + unread;
  const count = total > 99 ? '99+' : total;
  const content = (
    // On a 375 px phone the panel and its padding must fit beside the screen edges.
    <div style={{ width: 'min(300px, calc(100vw - 48px))' }} data-testid="notification-panel">
      {todos.length > 0 && (
        <>
          <Typography.Text strong>待办</Typography.Text>
          <TodoList todos={todos} onOpen={() => setShown(false)} />
          <Typography.Text strong>通知</Typography.Text>
        </>
      )}
      {data?.items.length ? (
        <PlainList
          items={data.items}
          rowKey={(n) => n.id}
          onItemClick={(n) => {
            setShown(false);
            void open(n);
          }}
          render={(n) => <NotificationLine n={n} />}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setShown(false);
            navigate('/notifications');
          }}
        >
          查看全部通知
        </Button>
        <Button type="link" size="small" disabled={unread === 0} onClick={() => markAllRead()}>
          全部已读
        </Button>
      </Space>
    </div>
  );
  return (
    <Popover
      content={content}
      title="待办与通知"
      trigger="click"
      open={shown}
      onOpenChange={setShown}
      placement="bottomRight"
      // Shifted back inside the screen where the bell sits too far left for the panel's width.
      align={{ overflow: { adjustX: true, shiftX: true } }}
    >
      <Button
        type="text"
        aria-label={count ? `待办与通知 ${count}（待办 ${owed} 项，未读 ${unread} 条）` : '待办与通知'}
        data-testid="notification-bell"
      >
        <Badge count={count ? <UnreadCount>{count}</UnreadCount> : 0}>
          <BellOutlined style={{ color: '#fff', fontSize: '1.125rem' }} />
        </Badge>
      </Button>
    </Popover>
  );
}
