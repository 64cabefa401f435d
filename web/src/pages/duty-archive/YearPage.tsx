import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api, download } from '../../api/client';
import { useMe } from '../../api/session';
import { formatTime } from '../../components/format';
import { currentYear, useYearParam, YearSelect } from '../../components/YearSelect';
import { AwardsCard } from '../../features/duty-archive/AwardsCard';
import { useDutyRefresh } from '../../features/duty-archive/api';

import type { Distribution } from '../../features/duty-archive/types';
import { useCatalogueOptions } from '../../features/members/api';
import { useMessage } from '../../feedback/message';

// ECharts comes with this chunk only when the page opens, never with a member's pages.
const GradeChart = lazy(async () => ({ default: (await import('./GradeChart')).GradeChart }));

function NoticeDownloads({ year }: { year: number }) {
  const message = useMessage();
  const sectors = useCatalogueOptions('sectors');
  const [sectorId, setSectorId] = useState<number>();
  const get = (url: string) => download(url).catch((e) => message.error((e as Error).message));
  return (
    <Card size="small" title="履职情况通报">
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => get(`/api/duty-archive/notice.docx?year=${year}`)}>
          通报（Word）
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => get(`/api/duty-archive/notice.xlsx?year=${year}`)}>
          通报（Excel）
        </Button>
        <Select
          aria-label="界别"
          placeholder="选择界别"
          style={{ width: 150 }}
          value={sectorId}
          onChange={setSectorId}
          options={sectors.data ?? []}
        />
        <Button
          icon={<DownloadOutlined />}
          disabled={!sectorId}
          onClick={() => get(`/api/duty-archive/notice.docx?year=${year}&sectorId=${sectorId}`)}
        >
          界别摘录（Word）
        </Button>
      </Space>
    </Card>
  );
}

/** The keeper's year: recompute now, close a year that has ended (its scores frozen with the rules). */
function YearActions({ year, d }: { year: number; d: Distribution }) {
  const message = useMessage();
  const refresh = useDutyRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (what: 'recompute' | 'close') => {
    setBusy(true);
    try {
      const r = await api.post<{ members: number }>(`/api/duty-archive/years/${year}/${what}`);
      message.success(
        what === 'close' ? `${year} 年度已关闭（${r.members} 人）` : `已重新计算 ${r.members} 人`,
      );
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (d.closed) return <Alert type="info" showIcon title={`${year} 年度已关闭，成绩连同规则已冻结`} />;
  return (
    <Space wrap>
      <Button loading={busy} onClick={() => run('recompute')}>
        重新计算
      </Button>
      {year < currentYear() && (
        <Popconfirm
          title={`关闭 ${year} 年度后成绩不再变化、规则不能修改，确定关闭？`}
          okText="关闭年度"
          cancelText="取消"
          onConfirm={() => run('close')}
        >
          <Button danger loading={busy}>
            关闭年度
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** 年度考评: the grade distribution (chart), recompute and close, and the 通报 to download. */
export function YearPage() {
  const [year, setYear] = useYearParam();
  const { data: me } = useMe();
  const url = `/api/duty-archive/distribution?year=${year}`;
  const { data: d } = useQuery({ queryKey: [url], queryFn: () => api.get<Distribution>(url) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <YearSelect year={year} onChange={setYear} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title="等次分布">
            {d ? (
              <Suspense fallback={<Skeleton active />}>
                <GradeChart d={d} />
              </Suspense>
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="概况">
            {d && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'n', label: '考评委员', children: `${d.members} 人` },
                    { key: 'avg', label: '平均分', children: d.average ?? '—' },
                    ...d.grades.map((g) => ({ key: g.grade, label: g.label, children: `${g.count} 人` })),
                    {
                      key: 'at',
                      label: '计算时间',
                      children: formatTime(d.computedAt).slice(0, 16) || '尚未计算',
                    },
                  ]}
                />
                {me?.abilities.keepDutyArchive ? (
                  <YearActions year={year} d={d} />
                ) : (
                  <Typography.Text type="secondary">{d.closed ? '年度已关闭' : '年度未关闭'}</Typography.Text>
                )}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <AwardsCard year={year} keeper={me?.abilities.keepDutyArchive ?? false} />
      <NoticeDownloads year={year} />
    </Space>
  );
}
