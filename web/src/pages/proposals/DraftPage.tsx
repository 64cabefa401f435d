import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../../api/session';
import { useProposal } from '../../features/proposals/api';
import { DraftForm } from '../../features/proposals/DraftForm';

/** 新建提案 (no id) or 修改草稿 (a draft the caller may still edit). */
export function DraftPage() {
  const { id } = useParams();
  const { data: me } = useMe();
  const proposal = useProposal(Number(id));
  if (!me) return null;
  if (id === undefined) return <DraftForm me={me} />;
  if (proposal.isLoading) return <Skeleton active />;
  if (!proposal.data)
    return <Result status="404" title={(proposal.error as Error | null)?.message ?? '提案不存在'} />;
  if (!proposal.data.abilities.edit) {
    return <Result status="warning" title={`该提案${proposal.data.statusLabel}，不能修改`} />;
  }
  return <DraftForm me={me} draft={proposal.data} />;
}
