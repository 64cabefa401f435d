import { Descriptions, Empty } from 'antd';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../../domain/members';
import { Panel } from '../../components/Panel';
import { StatGrid } from './StatGrid';
import type { AccountsSummary, AuditSummary, MemberSummary, UnitSummary } from './summary';

/** A member's own place in the committee and the committee's size. */
export function MemberHome({ s }: { s: MemberSummary }) {
  const p = s.profile;
  return (
    <>
      {p && (
        <Panel title="我的委员信息">
          <Descriptions
            column={{ xs: 1, sm: 2, lg: 3 }}
            size="small"
            items={[
              { key: 'position', label: '职务', children: p.position },
              { key: 'sector', label: '界别', children: p.sector },
              { key: 'specialCommittee', label: '专门委员会', children: p.specialCommittee ?? '—' },
              { key: 'liaisonGroup', label: '联络组', children: p.liaisonGroup ?? '—' },
              {
                key: 'status',
                label: '状态',
                children: MEMBER_STATUS_LABELS[p.status as MemberStatus] ?? p.status,
              },
            ]}
          />
        </Panel>
      )}
      <StatGrid
        stats={[
          { key: 'activeMembers', title: '本会在任委员', value: s.counts.activeMembers, suffix: '名' },
          { key: 'sectors', title: '界别', value: s.counts.sectors, suffix: '个' },
          { key: 'specialCommittees', title: '专门委员会', value: s.counts.specialCommittees, suffix: '个' },
          { key: 'liaisonGroups', title: '委员联络组', value: s.counts.liaisonGroups, suffix: '个' },
        ]}
      />
    </>
  );
}

/** The handling unit the account answers for. */
export function UnitHome({ s }: { s: UnitSummary }) {
  return (
    <Panel title="承办单位">
      {s.unit ? s.unit.name : <Empty description="账号未关联承办单位，请联系安全管理员" />}
    </Panel>
  );
}

/** The security administrator's accounts at a glance. */
export function AccountsHome({ s }: { s: AccountsSummary }) {
  return (
    <>
      <StatGrid
        stats={[
          { key: 'accounts', title: '账号总数', value: s.total, suffix: '个' },
          { key: 'activeSessions', title: '当前在线会话', value: s.activeSessions, suffix: '个' },
          { key: 'locked', title: '已锁定账号', value: s.locked, suffix: '个', warn: true },
          { key: 'disabled', title: '已停用账号', value: s.disabled, suffix: '个' },
        ]}
      />
      <Panel title="各角色账号数">
        <StatGrid
          stats={s.byRole.map((r) => ({
            key: `role-${r.role}`,
            title: r.label,
            value: r.count,
            suffix: '个',
          }))}
        />
      </Panel>
    </>
  );
}

/** The auditor's view of how much was logged and how many logins failed. */
export function AuditHome({ s }: { s: AuditSummary }) {
  return (
    <StatGrid
      stats={[
        { key: 'entriesToday', title: '今日审计记录', value: s.entriesToday, suffix: '条' },
        { key: 'entries7Days', title: '近 7 日审计记录', value: s.entries7Days, suffix: '条' },
        {
          key: 'failedLogins7Days',
          title: '近 7 日登录失败',
          value: s.failedLogins7Days,
          suffix: '次',
          warn: true,
        },
      ]}
    />
  );
}
