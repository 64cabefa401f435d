import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { useMessage } from '../../feedback/message';
import { useDutyRefresh } from './api';

type Award = ApiResponse<'/api/duty-archive/awards'>[number];

const STATUS_COLORS: Record<string, string> = { proposed: 'blue', confirmed: 'green', dropped: 'default' };

/**
 * 年度表彰: the platform's suggestions from the year's scores (优秀政协委员, 先进委员活动组, 优秀组长), each
 * confirmed or dropped by the archive's staff; the confirmed ones go into the 通报.
 */
export function AwardsCard({ year, keeper }: { year: number; keeper: boolean }) {
  const message = useMessage();
  const refresh = useDutyRefresh();
  const [busy, setBusy] = useState(false);
  const url = `/api/duty-archive/awards?year=${year}`;
  const { data } = useQuery({ queryKey: [url], queryFn: () => api.get<Award[]>(url) });
  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      message.success(done);
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const propose = () =>
    act(async () => {
      const r = await api.post<{ proposed: number }>(`/api/duty-archive/years/${year}/awards/propose`);
      message.info(`新提出 ${r.proposed} 项建议`);
    }, '已根据年度得分提出表彰建议');
  const step = (a: Award, what: 'confirm' | 'drop') =>
    act(
      () => api.post(`/api/duty-archive/awards/${a.id}/${what}`, { expectedVersion: a.version }),
      what === 'confirm' ? '已确认表彰' : '已不予表彰',
    );
  return (
    <Card
      size="small"
      title="年度表彰"
      extra={
        keeper && (
          <Button size="small" loading={busy} onClick={propose}>
            提出表彰建议
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={data ?? []}
        rowKey="id"
        locale={{ emptyText: '尚未提出表彰建议' }}
        renderItem={(a) => (
          <List.Item
            data-testid="duty-award"
            actions={[
              a.abilities.confirm && (
                <Button
                  key="c"
                  size="small"
                  type="primary"
                  disabled={busy}
                  onClick={() => step(a, 'confirm')}
                >
                  确认
                </Button>
              ),
              a.abilities.drop && (
                <Button key="d" size="small" disabled={busy} onClick={() => step(a, 'drop')}>
                  不予表彰
                </Button>
              ),
            ].filter(Boolean)}
          >
            <Space orientation="vertical" size={0}>
              <Space wrap size={4}>
                <Tag>{a.kindLabel}</Tag>
                <span>
                  {a.memberName ? `${a.memberName}${a.groupName ? `（${a.groupName}）` : ''}` : a.groupName}
                </span>
                <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>
              </Space>
              <Typography.Text type="secondary">{a.basis}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
