import { Card, Grid } from 'antd';
import { ServerTable } from '../../components/ServerTable';
import { ReportCard, ReportFilters, reportColumns } from '../../features/opinions/ReportList';
import type { ReportItem } from '../../features/opinions/types';

/** 信息接收: every filed report in scope (the to-dos open it at 已报送 or 已接收). */
export function ReportQueuePage() {
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ReportItem>
        url="/api/opinion-reports"
        columns={reportColumns(true)}
        filters={<ReportFilters staff />}
        renderCard={(r) => <ReportCard r={r} staff />}
        urlFilters={['status', 'urgency', 'year']}
      />
    </Card>
  );
}
