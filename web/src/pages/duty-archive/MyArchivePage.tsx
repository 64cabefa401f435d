import { FileTextOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Result, Skeleton, Space } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { ArchiveView } from '../../features/duty-archive/ArchiveView';

import { ClaimModal } from '../../features/duty-archive/ClaimModal';

import { MyClaims } from '../../features/duty-archive/MyClaims';
import type { MemberArchive } from '../../features/duty-archive/types';

/**
 * 我的履职 (phone first): the year's score and grade, what is still missing, every point with its
 * evidence, past years; 自行申报 and the 述职 are one tap away.
 */
export function MyArchivePage() {
  const [year, setYear] = useYearParam();
  const navigate = useNavigate();
  const url = `/api/duty-archive/me?year=${year}`;
  const { data, error, isLoading } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<MemberArchive>(url),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <YearSelect year={year} onChange={setYear} />
        <ClaimModal />
        <Button
          icon={<FileTextOutlined />}
          onClick={() => navigate(`/duty-archive/self-report?year=${year}`)}
        >
          述职报告
        </Button>
      </Space>
      {isLoading && <Skeleton active />}
      {error && <Result status="warning" title={(error as Error).message} />}
      {data && <ArchiveView a={data} onYear={setYear} />}
      <Card size="small" title="我的履职申报">
        <MyClaims year={year} />
      </Card>
    </Space>
  );
}
