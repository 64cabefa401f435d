import { Col, Row, theme } from 'antd';
import { Panel } from '../../components/Panel';

export interface Stat {
  key: string;
  title: string;
  value: number;
  suffix?: string;
  /** Highlight a figure that asks for action (locked accounts, failed logins). */
  warn?: boolean;
}

/**
 * Figures in boxes, two a row on a phone and up to six on a wide screen; drawn as Ant Design's
 * Statistic looks, without it (it brings Skeleton to the home page).
 */
export function StatGrid({ stats }: { stats: Stat[] }) {
  const { token } = theme.useToken();
  return (
    <Row gutter={[12, 12]}>
      {stats.map((s) => (
        <Col key={s.key} xs={12} sm={8} lg={4}>
          <Panel style={{ height: '100%' }} testId={`stat-${s.key}`}>
            <div style={{ color: token.colorTextSecondary, marginBottom: token.marginXXS }}>{s.title}</div>
            <div
              style={{
                color: s.warn && s.value > 0 ? token.colorError : token.colorTextHeading,
                fontSize: token.fontSizeHeading3,
                lineHeight: 1.3,
              }}
            >
              {s.value.toLocaleString('zh-CN')}
              {s.suffix && <span style={{ fontSize: token.fontSize, marginInlineStart: 4 }}>{s.suffix}</span>}
            </div>
          </Panel>
        </Col>
      ))}
    </Row>
  );
}
