import { CompassOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Segmented } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import type { MeetingItem } from '../../features/meetings/types';
import { MeetingCard, MeetingFilters } from './MeetingsPage';

type Which = 'upcoming' | 'awaitingReply' | 'all';
const PARAMS: Record<Which, Record<string, string>> = {
  upcoming: { upcoming: 'true' },
  awaitingReply: { awaitingReply: 'true' },
  all: {},
};

/** 我的会议: the meetings the caller is invited to, upcoming first; one card each on a phone. */
export function MyMeetingsPage() {
  const { data: me } = useMe();
  const [search] = useSearchParams();
  const phone = Grid.useBreakpoint().md === false;
  const asked: Which =
    search.get('awaitingReply') === 'true'
      ? 'awaitingReply'
      : search.get('upcoming') === 'false'
        ? 'all'
        : 'upcoming';
  const [which, setWhich] = useState<Which>(asked);
  const member = me?.memberId !== null && me?.role === 'member';
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<MeetingItem>
        url="/api/meetings"
        params={{ view: 'mine', ...PARAMS[which] }}
        columns={[{ key: 'title', title: '会议', render: (_, m) => <MeetingCard m={m} /> }]}
        filters={phone ? undefined : <MeetingFilters />}
        renderCard={(m) => <MeetingCard m={m} />}
        exportable={false}
        toolbar={
          <>
            <Segmented<Which>
              value={which}
              onChange={setWhich}
              aria-label="范围"
              options={[
                { value: 'upcoming', label: '未召开' },
                ...(member ? [{ value: 'awaitingReply' as const, label: '待回复' }] : []),
                { value: 'all', label: '全部' },
              ]}
            />
            {member && (
              <>
                <Link to="/me/member-code">
                  <Button icon={<QrcodeOutlined />}>我的委员码</Button>
                </Link>
                <Link to="/supervision/mine">
                  <Button icon={<CompassOutlined />}>我的监督视察</Button>
                </Link>
              </>
            )}
          </>
        }
      />
    </Card>
  );
}
