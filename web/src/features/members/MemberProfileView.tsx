import { Card, Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MemberAttendanceCard } from '../meetings/MemberAttendanceCard';
import type { LinkPeer, MemberProfile, MemberSensitive } from './api';
import { MemberStatusTag } from './MemberColumns';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

/** The whole number when it was revealed through the audited route, the masked copy otherwise. */
function contact(masked: string | null, whole: string | null | undefined, testId: string): ReactNode {
  if (whole !== undefined) {
    return (
      <Typography.Text copyable={whole ? { text: whole } : false} data-testid={testId}>
        {dash(whole)}
      </Typography.Text>
    );
  }
  return <span data-testid={testId}>{dash(masked)}</span>;
}

function fields(m: MemberProfile, sensitive: MemberSensitive | null): DescriptionsProps['items'] {
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: '姓名', children: m.name },
    { key: 'pinyin', label: '拼音', children: m.namePinyin },
    { key: 'gender', label: '性别', children: m.gender },
    { key: 'birthDate', label: '出生日期', children: dash(m.birthDate) },
    { key: 'ethnicity', label: '民族', children: m.ethnicity },
    { key: 'party', label: '党派', children: m.party },
    { key: 'sector', label: '界别', children: m.sectorName },
    { key: 'position', label: '职务', children: m.position },
    { key: 'specialCommittee', label: '专门委员会', children: dash(m.specialCommitteeName) },
    { key: 'liaisonGroup', label: '联络组', children: dash(m.liaisonGroupName) },
    { key: 'employer', label: '工作单位', children: dash(m.employer) },
    { key: 'jobTitle', label: '职务职称', children: dash(m.jobTitle) },
    { key: 'phone', label: '手机号', children: contact(m.phoneMasked, sensitive?.phone, 'member-phone') },
    {
      key: 'idNumber',
      label: '身份证号',
      children: contact(m.idNumberMasked, sensitive?.idNumber, 'member-id-number'),
    },
    { key: 'committee', label: '委员会', children: m.committeeName },
    { key: 'officialOrder', label: '官方排序', children: m.officialOrder },
    { key: 'status', label: '状态', children: <MemberStatusTag member={m} /> },
  ];
  if (m.status === 'left') {
    items.push(
      { key: 'leftDate', label: '退出日期', children: dash(m.leftDate) },
      { key: 'leftReason', label: '退出原因', children: dash(m.leftReason) },
    );
  }
  return items;
}

function PeerList({ peers, empty }: { peers: LinkPeer[]; empty: string }) {
  if (peers.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Space wrap>
      {peers.map((p) => (
        <Link key={p.linkId} to={`/members/${p.id}`}>
          <Tag style={{ cursor: 'pointer' }}>
            {p.name}（{p.position}）
          </Tag>
        </Link>
      ))}
    </Space>
  );
}

export interface MemberProfileViewProps {
  member: MemberProfile;
  /** Whole phone and ID number once revealed; null shows the masked copies. */
  sensitive: MemberSensitive | null;
  /** Actions in the header (edit, 退出, reveal …), chosen by the page from the member's abilities. */
  actions?: ReactNode;
  /** Beside the activity-group title (the staff's "set groups" button). */
  groupActions?: ReactNode;
  compact: boolean;
}

/**
 * A member's profile: every field (phone and ID masked unless revealed), activity groups and the
 * 联系制度 on both sides. One column on a phone.
 */
export function MemberProfileView({
  member,
  sensitive,
  actions,
  groupActions,
  compact,
}: MemberProfileViewProps) {
  const size = compact ? 'small' : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size={size}
        title={
          <span data-testid="member-title">
            {member.name}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
              {member.position}
            </Typography.Text>
          </span>
        }
      >
        {actions && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>{actions}</div>
        )}
        <Descriptions
          size={size}
          bordered={!compact}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          items={fields(member, sensitive)}
        />
      </Card>
      <Card size={size} title="活动组" extra={groupActions}>
        {member.activityGroups.length === 0 ? (
          <Typography.Text type="secondary">未加入活动组</Typography.Text>
        ) : (
          <Space wrap>
            {member.activityGroups.map((g) => (
              <Tag key={g.id} color="blue">
                {g.name}（{g.kind}）
              </Tag>
            ))}
          </Space>
        )}
      </Card>
      {member.abilities.readDutyRecord && <MemberAttendanceCard memberId={member.id} compact={compact} />}
      <Card size={size} title="联系制度">
        <Descriptions
          size={size}
          column={1}
          items={[
            {
              key: 'linkedBy',
              label: '联系该委员的',
              children: <PeerList peers={member.linkedBy} empty="暂无" />,
            },
            {
              key: 'links',
              label: '该委员联系的',
              children: <PeerList peers={member.links} empty="暂无" />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
