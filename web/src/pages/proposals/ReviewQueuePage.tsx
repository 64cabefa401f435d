import { Card } from 'antd';
import { ServerTable } from '../../components/ServerTable';
import { ProposalCard, proposalColumns } from '../../features/proposals/ProposalColumns';
import { FullProposalFilters, mapProposalFilters } from '../../features/proposals/ProposalFilters';
import type { ProposalListItem } from '../../features/proposals/types';

/** 待审查: submitted proposals of the committee awaiting 立案, 不予立案, 转意见, 并案 or 退回修改. */
export function ReviewQueuePage() {
  return (
    <Card>
      <ServerTable<ProposalListItem>
        url="/api/proposals"
        params={{ view: 'to-review' }}
        columns={proposalColumns.filter((c) => c.key !== 'units')}
        filters={<FullProposalFilters handling={false} committee={false} />}
        mapFilters={mapProposalFilters}
        renderCard={(p) => <ProposalCard p={p} />}
      />
    </Card>
  );
}
