import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Col, Row, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { COCKPIT_SCOPE_LABELS, type CockpitScopeKind } from '../../../../domain/cockpit';
import { api, toQuery } from '../../api/client';
import { useMe } from '../../api/session';
import { formatTime } from '../../components/format';
import { currentYear } from '../../components/YearSelect';
import { CommitteeLeagueTable, UnitLeagueTable } from './LeagueTables';
import { MemberGroupLeagueTable } from './MemberGroupLeague';
import { type Drill, ProposalDrill } from './ProposalDrill';
import { SectionCard } from './SectionCard';
import type { Cockpit } from './types';

const thisYear = currentYear();
/** The wall screen reloads its figures this often. */
const WALL_REFRESH_MS = 60_000;

/**
 * 驾驶舱: a committee's year (or term) by section, as the server computed it; from a city, its
 * districts side by side, a district's own cockpit, its proposals and one proposal, all without
 * leaving the page. 大屏 fills the screen and reloads itself.
 */
export function CockpitPage() {
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const committeeId = params.get('committeeId') ? Number(params.get('committeeId')) : undefined;
  const year = Number(params.get('year') ?? thisYear);
  const scope = (params.get('scope') ?? 'subtree') as CockpitScopeKind;
  const [wall, setWall] = useState(false);
  const [drill, setDrill] = useState<Drill | null>(null);
  const wallRef = useRef<HTMLDivElement>(null);

  const query = toQuery({ year, committeeId, scope }).slice(1);
  const leagueQuery = toQuery({ year, committeeId }).slice(1);
  const url = `/api/cockpit?${query}`;
  const { data, error, isLoading, dataUpdatedAt } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<Cockpit>(url),
    refetchInterval: wall ? WALL_REFRESH_MS : false,
  });

  const set = (next: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) p.delete(k);
      else p.set(k, String(v));
    }
    setParams(p);
    setDrill(null);
  };

  // Leaving the browser's full screen (Esc) ends the wall screen too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setWall(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const enterWall = () => {
    setWall(true);
    void wallRef.current?.requestFullscreen?.().catch(() => undefined);
  };
  const leaveWall = () => {
    setWall(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  if (!me) return null;
  const wallStyle = wall
    ? {
        position: 'fixed' as const,
        inset: 0,
        zIndex: 1000,
        overflow: 'auto',
        padding: 24,
        background: '#001529',
      }
    : undefined;

  return (
    <div ref={wallRef} style={wallStyle} data-testid="cockpit">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Breadcrumb
            items={(data?.trail ?? []).map((c, i, all) => ({
              key: c.id,
              title:
                i === all.length - 1 ? (
                  <Typography.Text strong style={wall ? { color: '#fff', fontSize: 22 } : undefined}>
                    {c.name}
                  </Typography.Text>
                ) : (
                  <Button type="link" style={{ padding: 0 }} onClick={() => set({ committeeId: c.id })}>
                    {c.name}
                  </Button>
                ),
            }))}
          />
          <Space wrap>
            <Select
              aria-label="年度"
              value={year}
              onChange={(y) => set({ year: y })}
              style={{ width: 110 }}
              options={[0, 1, 2, 3, 4].map((d) => ({ value: thisYear - d, label: `${thisYear - d}年` }))}
            />
            <Segmented
              aria-label="范围"
              value={scope}
              onChange={(v) => set({ scope: v as string })}
              options={(['subtree', 'self'] as const).map((s) => ({
                value: s,
                label: COCKPIT_SCOPE_LABELS[s],
              }))}
            />
            {!wall && <Link to={`/cockpit/reports${toQuery({ committeeId, year })}`}>工作报告</Link>}
            {wall ? (
              <Button onClick={leaveWall}>退出大屏</Button>
            ) : (
              <Button type="primary" onClick={enterWall}>
                大屏
              </Button>
            )}
          </Space>
        </Space>
        {wall && dataUpdatedAt > 0 && (
          <Typography.Text style={{ color: '#bfbfbf' }}>
            每分钟自动刷新 · 更新于 {formatTime(new Date(dataUpdatedAt).toISOString()).slice(11)}
          </Typography.Text>
        )}
        {isLoading && <Spin />}
        {error && <Alert type="error" showIcon title={(error as Error).message} />}
        {data && (
          <>
            {data.children.length > 0 && !wall && (
              <CommitteeLeagueTable query={leagueQuery} onDrill={(id) => set({ committeeId: id })} />
            )}
            <Row gutter={[16, 16]}>
              {data.sections.map((s) => (
                <Col key={s.key} xs={24} xl={wall ? 12 : 24} xxl={12}>
                  <SectionCard
                    section={s}
                    wall={wall}
                    onOpen={(r) => setDrill({ kind: 'record', id: r.id })}
                    onList={
                      s.key === 'proposals'
                        ? () =>
                            setDrill({
                              kind: 'list',
                              committeeId: data.committee.id,
                              committeeName: data.committee.name,
                              year,
                            })
                        : undefined
                    }
                  />
                  {!wall && s.listLink && s.key !== 'proposals' && (
                    <Link to={s.listLink} style={{ display: 'inline-block', marginTop: 4 }}>
                      {s.title}：查看列表
                    </Link>
                  )}
                </Col>
              ))}
            </Row>
            {!wall && <UnitLeagueTable query={leagueQuery} />}
            {!wall && (
              <MemberGroupLeagueTable
                query={leagueQuery}
                year={year}
                own={data.committee.id === me?.committeeId}
              />
            )}
          </>
        )}
      </Space>
      <ProposalDrill drill={drill} onChange={setDrill} />
    </div>
  );
}
