import { Card, Grid } from 'antd';
import {
  LEAVE_CATEGORIES,
  LEAVE_CATEGORY_LABELS,
  LEAVE_STATUS_LABELS,
  LEAVE_STATUSES,
} from '../../../../domain/meetings';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import { leaveColumns } from '../../features/meetings/MeetingLeaves';
import type { LeaveItem } from '../../features/meetings/types';

/** 请假审批: every leave request of the committee (and below), the open ones decided in place. */
export function LeaveRequestsPage() {
  const { data: me } = useMe();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<LeaveItem>
        url="/api/leave-requests"
        columns={leaveColumns(me?.abilities.organiseMeetings ?? false, true)}
        urlFilters={['status']}
        filters={
          <>
            <FilterSelect
              name="status"
              label="状态"
              width={110}
              options={LEAVE_STATUSES.map((s) => ({ value: s, label: LEAVE_STATUS_LABELS[s] }))}
            />
            <FilterSelect
              name="category"
              label="类别"
              width={100}
              options={LEAVE_CATEGORIES.map((c) => ({ value: c, label: LEAVE_CATEGORY_LABELS[c] }))}
            />
            <FilterSelect
              name="late"
              label="逾期提交"
              width={110}
              options={[
                { value: 'true', label: '逾期提交' },
                { value: 'false', label: '按时提交' },
              ]}
            />
          </>
        }
      />
    </Card>
  );
}
