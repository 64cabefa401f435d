import { Button, Card, Col, List, Row, Statistic, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { formatFigure } from '../../../../domain/cockpit';
import { EChart } from '../../components/EChart';
import { type CockpitTrend, trendOption } from './trendOption';
import type { CockpitFigure, CockpitSection } from './types';

/** One figure: the value, last year's beside it, and what it counts on hover or focus. */
function FigureTile({ f, wall }: { f: CockpitFigure; wall: boolean }) {
  const shown = f.kind === 'rate' && f.value !== null ? Math.round(f.value * 10_000) / 100 : f.value;
  return (
    <Tooltip title={f.definition}>
      <Card size="small" style={{ height: '100%' }} data-testid={`figure-${f.key}`} tabIndex={0}>
        <Statistic
          title={f.label}
          value={shown ?? '—'}
          suffix={f.kind === 'rate' && f.value !== null ? '%' : undefined}
          styles={wall ? { content: { fontSize: 30 } } : undefined}
        />
        {f.previous !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            上年 {formatFigure(f.kind, f.previous)}
          </Typography.Text>
        )}
      </Card>
    </Tooltip>
  );
}

/** The trend figure by month (or by year of a term), last year's months dashed beside it. */
function Trend({ trend, wall }: { trend: CockpitTrend; wall: boolean }) {
  const option = useMemo(() => trendOption(trend, wall), [trend, wall]);
  return (
    <div aria-label={`${trend.label}走势：${trend.definition}`} role="img">
      <EChart option={option} height={wall ? 260 : 220} />
    </div>
  );
}

export interface RecordLink {
  id: number;
  title: string;
  link: string;
}

/** A section: its figures as tiles, its trend, and its lists (each row opens inside the cockpit). */
export function SectionCard({
  section,
  wall,
  onOpen,
  onList,
}: {
  section: CockpitSection;
  wall: boolean;
  onOpen: (r: RecordLink) => void;
  onList?: () => void;
}) {
  if (section.figures.length === 0) return null;
  return (
    <Card
      title={section.title}
      size="small"
      data-testid={`section-${section.key}`}
      extra={
        onList && !wall ? (
          <Button size="small" onClick={onList}>
            查看明细
          </Button>
        ) : null
      }
    >
      <Row gutter={[12, 12]}>
        {section.figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={wall ? 4 : 6} xxl={4}>
            <FigureTile f={f} wall={wall} />
          </Col>
        ))}
      </Row>
      {section.trend && <Trend trend={section.trend} wall={wall} />}
      {!wall &&
        section.lists.map((l) => (
          <List
            key={l.key}
            size="small"
            header={`${l.title}（${l.total}）`}
            dataSource={l.rows}
            locale={{ emptyText: '暂无' }}
            renderItem={(r) => (
              <List.Item>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => onOpen(r)}
                >
                  {r.title}
                </Button>
                <Typography.Text type="secondary">{r.detail}</Typography.Text>
              </List.Item>
            )}
          />
        ))}
    </Card>
  );
}
