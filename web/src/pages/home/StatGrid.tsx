import { Card, Col, Row, Statistic } from 'antd';

export interface Stat {
  key: string;
  title: string;
  value: number;
  suffix?: string;
  /** Highlight a figure that asks for action (locked accounts, failed logins). */
  warn?: boolean;
}

/** Statistic cards, two a row on a phone and up to six on a wide screen. */
export function StatGrid({ stats }: { stats: Stat[] }) {
  return (
    <Row gutter={[12, 12]}>
      {stats.map((s) => (
        <Col key={s.key} xs={12} sm={8} lg={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`stat-${s.key}`}>
            <Statistic
              title={s.title}
              value={s.value}
              suffix={s.suffix}
              styles={s.warn && s.value > 0 ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
