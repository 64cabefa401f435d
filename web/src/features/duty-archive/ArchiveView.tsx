import { Alert, Card, Collapse, Descriptions, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { signed } from './api';
import { GradeTag } from './common';
import type { MemberArchive, ScoreLine } from './types';

/** One point: what it was for (the evidence, a link to its page), when, the rule and the points. */
function PointLine({ l }: { l: ScoreLine }) {
  const title = l.evidence.link ? <Link to={l.evidence.link}>{l.evidence.title}</Link> : l.evidence.title;
  return (
    <List.Item
      data-testid="duty-line"
      extra={
        <Typography.Text strong type={l.points < 0 ? 'danger' : l.points > 0 ? 'success' : 'secondary'}>
          {signed(l.points)} 分
        </Typography.Text>
      }
    >
      <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
        <span style={{ overflowWrap: 'anywhere' }}>{title}</span>
        <Typography.Text type="secondary">
          {l.date} · 规则：{l.label} {signed(l.rulePoints)} 分
        </Typography.Text>
        {l.note && <Typography.Text type="secondary">{l.note}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

/** The points grouped as the rules group them (提案, 会议活动, 社情民意, 批示, 自行申报). */
function Lines({ lines }: { lines: ScoreLine[] }) {
  if (lines.length === 0) return <Empty description="本年度尚无履职记录" />;
  const groups = [...new Set(lines.map((l) => l.group))];
  return (
    <Collapse
      defaultActiveKey={groups}
      items={groups.map((g) => {
        const rows = lines.filter((l) => l.group === g);
        const sum = rows.reduce((s, l) => s + l.points, 0);
        return {
          key: g,
          label: `${g}（${rows.length} 项，${signed(sum)} 分）`,
          children: (
            <List size="small" dataSource={rows} rowKey="itemKey" renderItem={(l) => <PointLine l={l} />} />
          ),
        };
      })}
    />
  );
}

/** The past years (newest first) in runs of the same term (届), in that order. */
function termsOf(years: MemberArchive['years']): [string | null, MemberArchive['years']][] {
  const runs: [string | null, MemberArchive['years']][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && last[0] === y.term) last[1].push(y);
    else runs.push([y.term, [y]]);
  }
  return runs;
}

/**
 * A member's year as the member, a linking 主席/常委 or staff read it: the score and grade, how it
 * adds up, what is still missing for the minimum duties, every point with its evidence and rule,
 * what is due (提醒谈话 …) and what was done about it, and the other years.
 */
export function ArchiveView({ a, onYear }: { a: MemberArchive; onYear: (year: number) => void }) {
  // Version 0 is the defaults, never edited by the committee.
  const rules = a.ruleVersion ? `第 ${a.ruleVersion} 版规则` : '默认规则';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large" align="center">
          <Statistic
            title={`${a.term ? `${a.term} · ` : ''}${a.year}年度履职得分`}
            value={a.total}
            suffix="分"
          />
          <Space orientation="vertical" size={4}>
            <GradeTag grade={a.grade} label={a.gradeLabel} />
            {a.rank && (
              <Typography.Text data-testid="duty-rank">
                排名 {a.rank.rank} / {a.rank.of}
              </Typography.Text>
            )}
          </Space>
        </Space>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          style={{ marginTop: 8 }}
          items={[
            { key: 'base', label: '基础分', children: a.base },
            {
              key: 'added',
              label: '加分',
              children: `${signed(a.added - a.bonusCut)}${a.bonusCut ? `（超出年度加分上限，扣除 ${a.bonusCut}）` : ''}`,
            },
            { key: 'deducted', label: '扣分', children: a.deducted ? signed(-a.deducted) : '0' },
            {
              key: 'state',
              label: '状态',
              children: a.closed ? `年度已关闭（按${rules}冻结）` : `实时计算（${rules}）`,
            },
          ]}
        />
      </Card>
      {a.missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title="尚未完成的年度最低履职要求"
          data-testid="duty-missing"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {a.missing.map((m) => (
                <li key={m.category}>
                  {m.text}（已完成 {m.done}，要求 {m.required}）
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon title="已完成本年度最低履职要求" />
      )}
      {a.consequences.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="考评提醒"
          description={a.consequences.map((c) => `${c.label}：${c.reasons.join('；')}`).join('\n')}
        />
      )}
      <Card size="small" title="得分明细">
        <Lines lines={a.lines} />
      </Card>
      {a.actions.length > 0 && (
        <Card size="small" title="处理记录">
          <List
            size="small"
            dataSource={a.actions}
            rowKey="id"
            renderItem={(x) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <span>
                    <Tag>{x.label}</Tag>
                    {x.actedOn} · {x.actedBy}
                  </span>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{x.content}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title="往年履职（按届）">
        {a.years.length === 0 ? (
          <Typography.Text type="secondary">暂无往年记录</Typography.Text>
        ) : (
          termsOf(a.years).map(([term, years]) => (
            <List
              key={term ?? ''}
              size="small"
              header={<Typography.Text strong>{term ?? '未设届次'}</Typography.Text>}
              dataSource={years}
              rowKey="year"
              renderItem={(y) => (
                <List.Item
                  extra={
                    <Typography.Link onClick={() => onYear(y.year)} aria-label={`查看${y.year}年度`}>
                      查看
                    </Typography.Link>
                  }
                >
                  <Space wrap size={4}>
                    <span>{y.year}年度</span>
                    <span>{y.total} 分</span>
                    <GradeTag grade={y.grade} label={y.gradeLabel} />
                    {!y.closed && <Typography.Text type="secondary">（未关闭）</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          ))
        )}
      </Card>
    </Space>
  );
}
