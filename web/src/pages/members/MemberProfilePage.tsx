import {
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  LogoutOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Grid, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { type MemberProfile, type MemberSensitive, useMemberProfile } from '../../features/members/api';
import { ActivityGroupsModal, LeaveModal } from '../../features/members/MemberActions';
import { MemberProfileView } from '../../features/members/MemberProfileView';
import { useMessage } from '../../feedback/message';

/** 「查看完整信息」: the server audits every reveal; hiding again only forgets it on screen. */
function RevealButton({
  member,
  sensitive,
  onChange,
}: {
  member: MemberProfile;
  sensitive: MemberSensitive | null;
  onChange: (s: MemberSensitive | null) => void;
}) {
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  if (sensitive) {
    return (
      <Button icon={<EyeInvisibleOutlined />} onClick={() => onChange(null)}>
        隐藏完整信息
      </Button>
    );
  }
  const reveal = async () => {
    setBusy(true);
    try {
      onChange(await api.post<MemberSensitive>(`/api/members/${member.id}/sensitive`));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<EyeOutlined />} loading={busy} onClick={reveal}>
      查看完整信息
    </Button>
  );
}

/** A member's profile with the staff's actions: edit, 退出, activity groups, the audited reveal. */
export function MemberProfilePage() {
  const { id } = useParams();
  const memberId = Number(id);
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { data: member, error, isLoading } = useMemberProfile(memberId);
  const [sensitive, setSensitive] = useState<MemberSensitive | null>(null);
  const [modal, setModal] = useState<'leave' | 'groups' | null>(null);
  if (isLoading) return <Skeleton active />;
  if (error || !member)
    return <Result status="404" title={(error as Error | null)?.message ?? '委员不存在'} />;
  const can = member.abilities;
  const shown = sensitive?.id === member.id ? sensitive : null;
  const actions = (
    <>
      {can.viewSensitive && <RevealButton member={member} sensitive={shown} onChange={setSensitive} />}
      {can.update && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/members/${member.id}/edit`)}>
          编辑
        </Button>
      )}
      {can.leave && (
        <Button danger icon={<LogoutOutlined />} onClick={() => setModal('leave')}>
          退出
        </Button>
      )}
    </>
  );
  const groupActions = can.update && (
    <Button size="small" icon={<TeamOutlined />} onClick={() => setModal('groups')}>
      设置活动组
    </Button>
  );
  return (
    <>
      <MemberProfileView
        member={member}
        sensitive={shown}
        actions={can.viewSensitive || can.update || can.leave ? actions : undefined}
        groupActions={groupActions || undefined}
        compact={screens.md === false}
      />
      <LeaveModal member={member} open={modal === 'leave'} onClose={() => setModal(null)} />
      <ActivityGroupsModal member={member} open={modal === 'groups'} onClose={() => setModal(null)} />
    </>
  );
}
