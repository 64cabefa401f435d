import { Button, Empty, Popover, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PlainList } from '../../components/PlainList';
import type { DeferredPopupProps } from '../../layout/deferredPopup';
import { useTodos } from '../todos/api';
import { TodoList } from '../todos/TodoList';
import { useLatestNotifications, useNotificationActions } from './api';
import { NotificationLine, useOpenNotification } from './NotificationLine';

/**
 * The bell's panel: the to-dos (the same list as the home page) and the latest notifications, a
 * link to every notification and 全部已读. A chunk of its own, fetched when the bell is first pointed
 * at, touched, focused or pressed (useDeferredPopup).
 */
export function NotificationPopover({ button, initiallyOpen }: DeferredPopupProps) {
  const { data } = useLatestNotifications();
  const todos = useTodos().data ?? [];
  const { markAllRead } = useNotificationActions();
  const open = useOpenNotification();
  const navigate = useNavigate();
  const [shown, setShown] = useState(initiallyOpen);
  const unread = data?.unread ?? 0;
  const content = (
    // On a 375 px phone the panel and its padding must fit beside the screen edges.
    <div style={{ width: 'min(300px, calc(100vw - 48px))' }} data-testid="notification-panel">
      {todos.length > 0 && (
        <>
          <strong>待办</strong>
          <TodoList todos={todos} onOpen={() => setShown(false)} />
          <strong>通知</strong>
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
      {button}
    </Popover>
  );
}
