import { useQueryClient } from '@tanstack/react-query';
import { Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { memberQueryKey, useMemberProfile } from '../../features/members/api';
import { MemberForm } from '../../features/members/MemberForm';

/** /members/new and /members/:id/edit: the staff's member form; saving opens the profile. */
export function MemberEditPage() {
  const { id } = useParams();
  const memberId = id === undefined ? null : Number(id);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: member, error, isLoading } = useMemberProfile(memberId);
  if (memberId !== null && isLoading) return <Skeleton active />;
  if (memberId !== null && (error || !member)) {
    return <Result status="404" title={(error as Error | null)?.message ?? '委员不存在'} />;
  }
  if (member && !member.abilities.update) return <Result status="403" title="只能维护本委员会的委员" />;
  return (
    <Card title={member?.name}>
      <MemberForm
        member={member}
        onCancel={() => navigate(member ? `/members/${member.id}` : '/members')}
        onSaved={(saved) => {
          qc.setQueryData(memberQueryKey(saved.id), saved);
          void qc.invalidateQueries({ queryKey: ['/api/members'] });
          navigate(`/members/${saved.id}`);
        }}
      />
    </Card>
  );
}
