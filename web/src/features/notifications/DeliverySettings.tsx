import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, List, Radio, Typography } from 'antd';
import { DELIVERY_MODE_LABELS, DELIVERY_MODES, type DeliveryMode } from '../../../../domain/notifications';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';

interface Preference {
  key: string;
  label: string;
  mode: DeliveryMode;
}

const KEY = ['notification-preferences'];

/**
 * 通知方式: per kind, notifications at once in the bell or held for one digest each morning at
 * 8 (the server holds and sends them; see server/modules/notifications/digest.ts).
 */
export function DeliverySettings() {
  const qc = useQueryClient();
  const message = useMessage();
  const { data } = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<{ items: Preference[] }>('/api/notifications/preferences'),
  });
  const choose = async (kind: string, mode: DeliveryMode) => {
    try {
      qc.setQueryData(KEY, await api.put(`/api/notifications/preferences/${kind}`, { mode }));
      message.success('已保存');
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card size="small" title="通知方式" data-testid="delivery-settings">
      <Typography.Paragraph type="secondary">
        选择“每日摘要”的通知不再逐条提醒，每天 8 时汇总为一条摘要送达。
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={data?.items ?? []}
        rowKey="key"
        renderItem={(p) => (
          <List.Item>
            <span id={`delivery-${p.key}`}>{p.label}</span>
            <Radio.Group
              aria-labelledby={`delivery-${p.key}`}
              value={p.mode}
              onChange={(e) => choose(p.key, e.target.value as DeliveryMode)}
              options={DELIVERY_MODES.map((m) => ({ value: m, label: DELIVERY_MODE_LABELS[m] }))}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
