import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Segmented } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import type { MemberItem } from '../../features/members/api';
import { MemberCard, memberColumnsFor } from '../../features/members/MemberColumns';
import { DEFAULT_MEMBER_STATUS, MemberFilters } from '../../features/members/MemberFilters';

type Sort = 'official' | 'pinyin';

/**
 * 委员名录: search by name, pinyin or initials, filter by sector, position, special committee,
 * liaison group and status, sort in the official roster order or by pinyin; a card list on phones.
 */
export function MemberDirectoryPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [sort, setSort] = useState<Sort>('official');
  const phone = screens.md === false;
  const staff = me?.abilities.manageMembers ?? false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<MemberItem>
        url="/api/members"
        columns={(page) => memberColumnsFor(page?.items, me?.committeeId)}
        params={{ sort, status: DEFAULT_MEMBER_STATUS }}
        filters={<MemberFilters phone={phone} />}
        renderCard={(m) => <MemberCard member={m} />}
        exportable={me?.abilities.exportRoster ?? false}
        toolbar={
          <>
            <Segmented<Sort>
              value={sort}
              onChange={setSort}
              aria-label="排序方式"
              options={[
                { value: 'official', label: '官方排序' },
                { value: 'pinyin', label: '拼音排序' },
              ]}
            />
            {staff && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/members/new')}>
                新增委员
              </Button>
            )}
            {staff && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/members/import')}>
                批量导入
              </Button>
            )}
          </>
        }
      />
    </Card>
  );
}
