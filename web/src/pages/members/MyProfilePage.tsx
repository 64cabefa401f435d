import { Grid, Result, Skeleton } from 'antd';
import { useMe } from '../../api/session';
import { useMemberProfile } from '../../features/members/api';
import { MemberProfileView } from '../../features/members/MemberProfileView';

/** 我的档案: a member reads their own profile, mostly on a phone; changes go through the office. */
export function MyProfilePage() {
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const { data: member, error, isLoading } = useMemberProfile(me?.memberId ?? null);
  if (!me?.memberId) return <Result status="info" title="当前账号未关联委员档案" />;
  if (isLoading) return <Skeleton active />;
  if (error || !member)
    return <Result status="error" title={(error as Error | null)?.message ?? '档案不存在'} />;
  return <MemberProfileView member={member} sensitive={null} compact={screens.md === false} />;
}
