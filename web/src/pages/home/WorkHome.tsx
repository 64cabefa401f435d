import { Col, Descriptions, Row, Spin, Table } from 'antd';
import { Suspense } from 'react';
import { COMMITTEE_LEVEL_LABELS, type CommitteeLevel } from '../../../../domain/org-resources';
import { Panel } from '../../components/Panel';
import { lazyPage } from '../lazyPage';
import { StatGrid } from './StatGrid';
import type { WorkSummary } from './summary';

// ECharts comes with the chart only: homes without one (members, units) never download it.
const SectorChart = lazyPage(() => import('./SectorChart'), 'SectorChart');

/** The organisation at a glance for staff, leaders and the system administrator. */
export function WorkHome({ s }: { s: WorkSummary }) {
  const scope = s.subCommittees.length > 0 ? '（含下级）' : '';
  return (
    <>
      <StatGrid
        stats={[
          { key: 'activeMembers', title: `在任委员${scope}`, value: s.members.active, suffix: '名' },
          { key: 'leftMembers', title: '已退出委员', value: s.members.left, suffix: '名' },
          { key: 'specialCommittees', title: '专门委员会', value: s.specialCommittees, suffix: '个' },
          { key: 'liaisonGroups', title: '委员联络组', value: s.liaisonGroups, suffix: '个' },
          { key: 'handlingUnits', title: '承办单位', value: s.handlingUnits, suffix: '个' },
          { key: 'leaders', title: '党政领导', value: s.leaders, suffix: '名' },
        ]}
      />
      <Row gutter={[12, 12]}>
        {s.bySector.length > 0 && (
          <Col xs={24} lg={16}>
            <Panel title="在任委员界别分布" testId="sector-chart">
              <Suspense fallback={<Spin />}>
                <SectorChart data={s.bySector} />
              </Suspense>
            </Panel>
          </Col>
        )}
        {s.byPosition.length > 0 && (
          <Col xs={24} lg={8}>
            <Panel title="在任委员职务构成">
              <Descriptions
                column={1}
                size="small"
                items={s.byPosition.map((p) => ({
                  key: p.position,
                  label: p.position,
                  children: `${p.count} 名`,
                }))}
              />
            </Panel>
          </Col>
        )}
      </Row>
      {s.subCommittees.length > 0 && (
        <Panel title="下级委员会">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.subCommittees}
            columns={[
              { key: 'name', dataIndex: 'name', title: '名称' },
              {
                key: 'level',
                title: '级别',
                render: (_, c) => COMMITTEE_LEVEL_LABELS[c.level as CommitteeLevel] ?? c.level,
              },
              { key: 'members', dataIndex: 'members', title: '在任委员', align: 'right' },
            ]}
          />
        </Panel>
      )}
    </>
  );
}
