import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import { MaxCharsStep } from '../../features/opinions/MaxCharsStep';
import { ReportCard, ReportFilters, reportColumns } from '../../features/opinions/ReportList';
import type { ReportItem } from '../../features/opinions/types';

/**
 * 信息接收: every filed report in scope (the to-dos open it at 已报送 or 已接收), filterable by
 * reporter kind and by the lower committee that sent it up; 代为报送 files in a body's name.
 */
export function ReportQueuePage() {
  const phone = Grid.useBreakpoint().md === false;
  const navigate = useNavigate();
  const { data: me } = useMe();
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ReportItem>
        url="/api/opinion-reports"
        columns={reportColumns(true)}
        filters={<ReportFilters staff />}
        renderCard={(r) => <ReportCard r={r} staff />}
        urlFilters={['status', 'urgency', 'year', 'reporterKind', 'fromCommitteeId', 'own']}
        toolbar={
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => navigate('/opinions/for-body')}>
              代为报送
            </Button>
            {me?.abilities.handleOpinions && <MaxCharsStep />}
          </Space>
        }
      />
    </Card>
  );
}
