import { Card } from 'antd';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import { CompilationButton } from '../../features/proposals/DocumentButtons';
import { committeeColumn, ProposalCard, proposalColumns } from '../../features/proposals/ProposalColumns';
import {
  FullProposalFilters,
  mapProposalFilters,
  proposalFormValues,
  useReadCommittees,
} from '../../features/proposals/ProposalFilters';
import type { ProposalListItem } from '../../features/proposals/types';

/**
 * 全部提案 in the caller's scope (a higher committee's staff also read the committees below),
 * with every filter: session, status, category, unit, sector, proposer, key, overdue, full text.
 */
export function AllProposalsPage() {
  const { data: me } = useMe();
  // A higher committee reads those below: which committee each row belongs to matters.
  const several = useReadCommittees().length > 1;
  return (
    <Card>
      <ServerTable<ProposalListItem>
        url="/api/proposals"
        params={{ view: 'all' }}
        columns={several ? [committeeColumn, ...proposalColumns] : proposalColumns}
        filters={<FullProposalFilters excellent />}
        mapFilters={mapProposalFilters}
        urlFilters={['status', 'overdue', 'publicationPending']}
        formValuesOf={proposalFormValues}
        renderCard={(p) => <ProposalCard p={p} />}
        toolbar={(page) => me?.abilities.compileProposals && <CompilationButton shown={page?.items[0]} />}
      />
    </Card>
  );
}
