import { Col, Row, Statistic } from 'antd';
import { ATTENDANCE_FIGURE_LABELS } from '../../../../domain/meetings';
import type { AttendanceFigures } from './types';

const SHOWN = ['expected', 'attended', 'late', 'leave', 'absent'] as const;

/** 应到 / 实到 / 迟到 / 请假 / 缺席 as the server counted them. */
export function Figures({ f, testId }: { f: AttendanceFigures; testId?: string }) {
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {SHOWN.map((k) => (
        <Col key={k} xs={8} md={4}>
          <Statistic title={ATTENDANCE_FIGURE_LABELS[k]} value={f[k]} suffix="人" />
        </Col>
      ))}
    </Row>
  );
}
