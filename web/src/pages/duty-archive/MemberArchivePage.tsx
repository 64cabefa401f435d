import { useQuery } from '@tanstack/react-query';
import { Button, Result, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { api, download } from '../../api/client';
import { useMe } from '../../api/session';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { ArchiveView } from '../../features/duty-archive/ArchiveView';

import type { MemberArchive } from '../../features/duty-archive/types';
import { useMessage } from '../../feedback/message';

/** A member's archive for staff and for the 主席/常委 who follow the member (联系制度): read only. */
export function MemberArchivePage() {
  const { id } = useParams();
  const [year, setYear] = useYearParam();
  const { data: me } = useMe();
  const message = useMessage();
  const url = `/api/duty-archive/members/${id}?year=${year}`;
  const { data, error, isLoading } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<MemberArchive>(url),
  });
  const word = () =>
    download(`/api/duty-archive/members/${id}/self-report.docx?year=${year}`).catch((e) =>
      message.error((e as Error).message),
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        {data && (
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {data.member.name}（{data.member.sector}，{data.member.position}
            {data.member.left ? '，已退出' : ''}）
          </Typography.Title>
        )}
        <YearSelect year={year} onChange={setYear} />
        {me?.role === 'staff' && <Button onClick={word}>述职报告（Word）</Button>}
      </Space>
      {isLoading && <Skeleton active />}
      {error && <Result status="404" title={(error as Error).message} />}
      {data && <ArchiveView a={data} onYear={setYear} />}
    </Space>
  );
}
