import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { useNavigate } from 'react-router';
import { ServerTable } from '../../components/ServerTable';
import { ReportCard, ReportFilters, reportColumns } from '../../features/opinions/ReportList';
import type { ReportItem } from '../../features/opinions/types';

/** 我的社情民意: the member's drafts and filed reports, one card each on a phone. */
export function MyReportsPage() {
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ReportItem>
        url="/api/opinion-reports"
        columns={reportColumns(false)}
        filters={<ReportFilters staff={false} />}
        renderCard={(r) => <ReportCard r={r} staff={false} />}
        urlFilters={['status']}
        exportable={!phone}
        toolbar={
          <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/opinions/new')}>
            撰写社情民意
          </Button>
        }
      />
    </Card>
  );
}
