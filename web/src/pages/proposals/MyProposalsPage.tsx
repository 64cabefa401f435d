import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { useNavigate } from 'react-router';
import { ServerTable } from '../../components/ServerTable';
import { ProposalCard, proposalColumns } from '../../features/proposals/ProposalColumns';
import {
  BasicProposalFilters,
  mapProposalFilters,
  proposalFormValues,
} from '../../features/proposals/ProposalFilters';
import type { ProposalListItem } from '../../features/proposals/types';

/** 我的提案: the member's own proposals (first signer or co-signer), drafts included; cards on a phone. */
export function MyProposalsPage() {
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ProposalListItem>
        url="/api/proposals"
        params={{ view: 'mine' }}
        columns={proposalColumns}
        filters={<BasicProposalFilters />}
        mapFilters={mapProposalFilters}
        urlFilters={['status', 'toRate']}
        formValuesOf={proposalFormValues}
        renderCard={(p) => <ProposalCard p={p} />}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/proposals/new')}>
            新建提案
          </Button>
        }
      />
    </Card>
  );
}
