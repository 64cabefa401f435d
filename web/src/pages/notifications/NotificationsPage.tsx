import { Button, Card, Flex, Form, Select, type TableColumnsType, Tag } from 'antd';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { type Notification, useNotificationActions } from '../../features/notifications/api';
import { DeliverySettings } from '../../features/notifications/DeliverySettings';
import { NotificationLine, useOpenNotification } from '../../features/notifications/NotificationLine';
import { useMessage } from '../../feedback/message';

function useColumns(): TableColumnsType<Notification> {
  const open = useOpenNotification();
  const { markRead } = useNotificationActions();
  const message = useMessage();
  return [
    {
      key: 'state',
      title: '状态',
      width: 80,
      render: (_, n) => (n.readAt ? <Tag>已读</Tag> : <Tag color="red">未读</Tag>),
    },
    {
      key: 'title',
      title: '通知',
      render: (_, n) =>
        n.link ? (
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
            onClick={() => open(n)}
          >
            {n.title}
          </Button>
        ) : (
          n.title
        ),
    },
    { key: 'body', title: '内容', dataIndex: 'body' },
    { key: 'createdAt', title: '时间', render: (_, n) => formatTime(n.createdAt) },
    {
      key: 'actions',
      title: '操作',
      render: (_, n) =>
        !n.readAt && (
          <Button
            type="link"
            size="small"
            onClick={() => markRead(n.id).catch((e: Error) => message.error(e.message))}
          >
            标为已读
          </Button>
        ),
    },
  ];
}

/** 通知: every notification of the caller, newest first, unread ones marked; read one or all. */
export function NotificationsPage() {
  const columns = useColumns();
  const open = useOpenNotification();
  const { markAllRead } = useNotificationActions();
  const message = useMessage();
  const readAll = async () => {
    try {
      message.success(`已将 ${await markAllRead()} 条通知标为已读`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card>
        <ServerTable<Notification>
          url="/api/notifications"
          columns={columns}
          filters={
            <Form.Item name="unread">
              <Select
                allowClear
                placeholder="全部"
                style={{ width: 110 }}
                aria-label="只看未读"
                options={[{ value: 'true', label: '只看未读' }]}
              />
            </Form.Item>
          }
          toolbar={<Button onClick={readAll}>全部标为已读</Button>}
          renderCard={(n) => (
            <Card size="small" onClick={() => open(n)} style={{ cursor: n.link ? 'pointer' : undefined }}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                {!n.readAt && <Tag color="red">未读</Tag>}
                <NotificationLine n={n} />
              </div>
            </Card>
          )}
        />
      </Card>
      <DeliverySettings />
    </Flex>
  );
}
