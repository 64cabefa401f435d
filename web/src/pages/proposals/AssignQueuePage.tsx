import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { ServerTable } from '../../components/ServerTable';
import { ProposalCard, proposalColumns } from '../../features/proposals/ProposalColumns';
import { FullProposalFilters } from '../../features/proposals/ProposalFilters';
import type { ProposalListItem } from '../../features/proposals/types';

type Which = 'all' | 'registered' | 'returned';

/** 待交办: registered proposals to assign, and those a unit returned to be reassigned. */
export function AssignQueuePage() {
  const [which, setWhich] = useState<Which>('all');
  return (
    <Card>
      <ServerTable<ProposalListItem>
        url="/api/proposals"
        params={{ view: 'to-assign', status: which === 'all' ? undefined : which }}
        columns={proposalColumns}
        filters={<FullProposalFilters status={false} committee={false} />}
        renderCard={(p) => <ProposalCard p={p} />}
        toolbar={
          <Segmented<Which>
            value={which}
            onChange={setWhich}
            aria-label="范围"
            options={[
              { value: 'all', label: '全部' },
              { value: 'registered', label: '已立案待交办' },
              { value: 'returned', label: '退回待调整' },
            ]}
          />
        }
      />
    </Card>
  );
}
