import { RightOutlined } from '@ant-design/icons';
import { Card, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MemberItem } from './api';

/** 在任 green, 退出 grey: the one status colour used on every member page. */
export function MemberStatusTag({ member }: { member: Pick<MemberItem, 'status' | 'statusLabel'> }) {
  return <Tag color={member.status === 'active' ? 'green' : 'default'}>{member.statusLabel}</Tag>;
}

const dash = (v: string | null | undefined) => v || '—';

/** The directory table on wide screens; names link to the profile, contact data stays masked. */
const memberColumns: TableColumnsType<MemberItem> = [
  {
    title: '姓名',
    dataIndex: 'name',
    fixed: 'start',
    render: (_, m) => <Link to={`/members/${m.id}`}>{m.name}</Link>,
  },
  { title: '性别', dataIndex: 'gender' },
  { title: '职务', dataIndex: 'position' },
  { title: '界别', dataIndex: 'sectorName' },
  { title: '党派', dataIndex: 'party' },
  { title: '专门委员会', dataIndex: 'specialCommitteeName', render: dash },
  { title: '联络组', dataIndex: 'liaisonGroupName', render: dash },
  { title: '工作单位', dataIndex: 'employer', render: dash },
  { title: '职务职称', dataIndex: 'jobTitle', render: dash },
  { title: '手机号', dataIndex: 'phoneMasked', render: dash },
  { title: '状态', dataIndex: 'status', render: (_, m) => <MemberStatusTag member={m} /> },
];

/**
 * The directory's columns for this page: a higher committee's staff read the committees below
 * theirs too, so the 委员会 column appears when the page holds members of another committee.
 */
export function memberColumnsFor(items: MemberItem[] | undefined, ownCommitteeId: number | undefined) {
  const mixed = (items ?? []).some((m) => m.committeeId !== ownCommitteeId);
  if (!mixed) return memberColumns;
  const [name, ...rest] = memberColumns;
  return [name, { title: '委员会', dataIndex: 'committeeName' }, ...rest];
}

/**
 * One member on a phone: name, position, sector and employer; the whole card opens the profile, and
 * its accessible name is what it shows.
 */
export function MemberCard({ member }: { member: MemberItem }) {
  return (
    <Link to={`/members/${member.id}`} style={{ display: 'block' }}>
      <Card size="small" hoverable styles={{ body: { display: 'flex', alignItems: 'center', gap: 8 } }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
            <Typography.Text strong style={{ fontSize: '1rem' }}>
              {member.name}
            </Typography.Text>
            <Tag color="red">{member.position}</Tag>
            {member.status !== 'active' && <MemberStatusTag member={member} />}
          </div>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {member.sectorName}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
            {dash(member.employer)}
          </Typography.Text>
        </div>
        <RightOutlined />
      </Card>
    </Link>
  );
}
