import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Grid, Input, Modal, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ServerTable } from '../../components/ServerTable';
import { refreshProposalLists } from '../../features/proposals/api';
import { ProposalCard, proposalColumns } from '../../features/proposals/ProposalColumns';
import type { ProposalListItem } from '../../features/proposals/types';
import { useMessage } from '../../feedback/message';

/** 确认 or 谢绝 one invitation from the list, with the version the list showed. */
function InvitationActions({ p }: { p: ProposalListItem }) {
  const message = useMessage();
  const qc = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const answer = async (path: 'confirm' | 'decline', body: Record<string, unknown>, done: string) => {
    try {
      await api.post(`/api/proposals/${p.id}/cosign/${path}`, { expectedVersion: p.version, ...body });
      message.success(done);
      setDeclining(false);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      void refreshProposalLists(qc);
    }
  };
  return (
    <Space wrap>
      <Button type="primary" size="small" onClick={() => answer('confirm', {}, `已确认联名：${p.title}`)}>
        确认联名
      </Button>
      <Button size="small" onClick={() => setDeclining(true)}>
        谢绝
      </Button>
      <Modal
        title="谢绝联名"
        open={declining}
        okText="谢绝"
        onOk={() => answer('decline', { reason: reason.trim() || undefined }, '已谢绝联名')}
        onCancel={() => setDeclining(false)}
      >
        <p>{p.title}</p>
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder="理由（选填）"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}

const columns: TableColumnsType<ProposalListItem> = [
  ...proposalColumns.filter((c) => !['units', 'status'].includes(String(c.key))),
  { key: 'actions', title: '操作', render: (_, p) => <InvitationActions p={p} /> },
];

/** 联名邀请: proposals other members asked the caller to co-sign, answered here or on the proposal. */
export function CosignInvitationsPage() {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ProposalListItem>
        url="/api/proposals"
        params={{ view: 'cosign-invitations' }}
        columns={columns}
        renderCard={(p) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={4}>
            <ProposalCard p={p} />
            <InvitationActions p={p} />
          </Space>
        )}
      />
    </Card>
  );
}
