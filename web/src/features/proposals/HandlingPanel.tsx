import { Card, Descriptions, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { dueStateText } from '../../../../domain/proposals';
import { FileLink } from '../../components/Files';
import { formatDay, formatTime } from '../../components/format';
import { replyFileUrl } from './api';
import { ReplyLetterButton } from './DocumentButtons';
import { RatingModal } from './KeyActions';
import { ProposerPhone } from './ProposerPhone';
import { RichText } from './RichText';
import { PublicationModal } from './StaffHandlingActions';
import type { HandlingAssignment, ProposalView, Reply } from './types';

/** Days left, or overdue in red: what a unit and the staff look at first. */
export function DueState({
  a,
}: {
  a: Pick<HandlingAssignment, 'pending' | 'overdue' | 'workingDaysOverdue' | 'workingDaysRemaining'>;
}) {
  const text = dueStateText(a);
  if (text === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (a.overdue)
    return (
      <Typography.Text type="danger" strong>
        {text}
      </Typography.Text>
    );
  return <Typography.Text type={a.workingDaysRemaining <= 5 ? 'warning' : undefined}>{text}</Typography.Text>;
}

function AssignmentTable({ rows }: { rows: HandlingAssignment[] }) {
  return (
    <Table<HandlingAssignment>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={[
        // On a phone the unit stays in view while the other columns scroll.
        {
          key: 'unit',
          title: '承办单位',
          fixed: 'left',
          width: 140,
          render: (_, a) => `${a.unitName}（${a.modeLabel}）`,
        },
        { key: 'round', title: '轮次', dataIndex: 'round' },
        {
          key: 'state',
          title: '状态',
          render: (_, a) =>
            a.state !== 'active' ? (
              <Tag>{a.state === 'returned' ? '已退回' : '已撤销'}</Tag>
            ) : a.repliedAt ? (
              <Tag color="green">已答复</Tag>
            ) : a.acceptedAt ? (
              <Tag color="blue">已签收</Tag>
            ) : (
              <Tag color="gold">待签收</Tag>
            ),
        },
        { key: 'due', title: '办理时限', render: (_, a) => a.dueDate },
        { key: 'left', title: '剩余', render: (_, a) => <DueState a={a} /> },
        {
          key: 'ext',
          title: '延期',
          render: (_, a) => a.extension?.text ?? '',
        },
        { key: 'urge', title: '催办', render: (_, a) => (a.urgeCount ? `${a.urgeCount} 次` : '') },
      ]}
    />
  );
}

/** 征询意见 is due within the committee's 满意度测评期限 after the reply; past it the date turns red. */
function RatingDue({ r }: { r: Reply }) {
  return (
    <span data-testid="rating-due">
      {r.ratingDueOn} 前
      {r.ratingOverdue && (
        <Tag color="red" style={{ marginLeft: 8 }}>
          评价已逾期
        </Tag>
      )}
    </span>
  );
}

function ReplyCard({ p, r }: { p: ProposalView; r: Reply }) {
  const canRate = p.abilities.rate && p.handling.ratableReplyIds.includes(r.id);
  const canPublish = p.abilities.reviewPublication && r.publicState === 'pending';
  return (
    <Card
      size="small"
      type="inner"
      title={`${r.unitName}的答复${r.round > 1 ? `（第 ${r.round} 次）` : ''}`}
      extra={
        <Space size={4} wrap>
          <ReplyLetterButton p={p} reply={r} />
          {canPublish && <PublicationModal p={p} reply={r} />}
          {canRate && <RatingModal p={p} reply={r} />}
        </Space>
      }
      data-testid="reply"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'category', label: '答复类别', children: `${r.category} 类：${r.categoryLabel}` },
          { key: 'at', label: '答复时间', children: formatTime(r.repliedAt) },
          { key: 'signedBy', label: '签发人', children: r.signedBy ?? '—' },
          { key: 'public', label: '公开', children: r.publicStateLabel },
          ...(r.ratingDueOn ? [{ key: 'ratingDue', label: '评价期限', children: <RatingDue r={r} /> }] : []),
        ]}
      />
      <RichText html={r.bodyHtml} />
      {r.publicState !== 'none' && r.publicBodyHtml && (
        <details style={{ margin: '8px 0' }}>
          <summary>公开版本（联系方式已隐去）</summary>
          <RichText html={r.publicBodyHtml} />
        </details>
      )}
      {r.file && <FileLink href={replyFileUrl(p.id, r.id)} name={r.file.fileName} bytes={r.file.sizeBytes} />}
      {r.ratings.map((x) => (
        <Typography.Paragraph key={x.id} style={{ marginTop: 8, marginBottom: 0 }}>
          <Tag color={x.overallLabel === '不满意' ? 'red' : 'green'}>{x.overallLabel}</Tag>
          {x.raterName ?? '提案者'}：态度{x.attitudeLabel}、沟通{x.contactLabel}、结果{x.resultLabel}
          {x.comment && `。${x.comment}`}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}

/** A titled block that disappears when it has nothing to say. */
function Block({ title, show, children }: { title: string; show: boolean; children: React.ReactNode }) {
  if (!show) return null;
  return (
    <section style={{ marginTop: 12 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

/** Steps 4–8 as they stand: units and deadlines, contacts, 会办 views, replies with ratings, 落实, 督办. */
export function HandlingPanel({ p }: { p: ProposalView }) {
  const h = p.handling;
  const started = h.assignments.length > 0 || h.key !== null;
  return (
    <Card size="small" title="办理情况" data-testid="handling">
      {!started && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未交办" />}
      <Block title="承办单位" show={h.assignments.length > 0}>
        <AssignmentTable rows={h.assignments} />
      </Block>
      <Block title="提案人联系电话" show={h.proposerContact !== null}>
        {h.proposerContact && <ProposerPhone proposalId={p.id} contact={h.proposerContact} />}
      </Block>
      <Block title="沟通联系" show={h.contacts.length > 0}>
        <List
          size="small"
          dataSource={h.contacts}
          rowKey="id"
          renderItem={(c) => (
            <List.Item>
              {c.contactedOn} {c.unitName} {c.methodLabel}（{c.unitContactName}
              {c.memberName ? ` 与 ${c.memberName}` : ''}）：{c.summary}
            </List.Item>
          )}
        />
      </Block>
      <Block title="会办意见" show={h.opinions.length > 0}>
        <List
          size="small"
          dataSource={h.opinions}
          rowKey="id"
          renderItem={(o) => (
            <List.Item>
              {o.fromUnitName} → {o.toUnitName}（{formatTime(o.createdAt)}）：{o.body}
            </List.Item>
          )}
        />
      </Block>
      <Block title="答复" show={h.replies.length > 0}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {h.replies.map((r) => (
            <ReplyCard key={r.id} p={p} r={r} />
          ))}
        </Space>
      </Block>
      <Block title="落实情况" show={h.implementations.length > 0 || h.implementationMark !== null}>
        {h.implementationMarkLabel && (
          <Typography.Paragraph>
            认定：<Tag color="blue">{h.implementationMarkLabel}</Tag>
            {formatDay(h.implementationMarkedAt)}
          </Typography.Paragraph>
        )}
        <List
          size="small"
          dataSource={h.implementations}
          rowKey="id"
          renderItem={(i) => (
            <List.Item>
              {i.unitName}（{formatTime(i.reportedAt)}）：{i.body}
            </List.Item>
          )}
        />
      </Block>
      <Block title="重点提案" show={h.key !== null}>
        {h.key && (
          <Typography.Paragraph>
            <Tag color="red">{h.key.stageLabel}</Tag>
            {h.key.year} 年度
            {h.key.leader && `，${h.key.leader.name}（${h.key.leader.title}）领衔督办`}
            {h.key.basis && `。${h.key.basis}`}
          </Typography.Paragraph>
        )}
        <List
          size="small"
          dataSource={h.supervisions}
          rowKey="id"
          locale={{ emptyText: '暂无督办记录' }}
          renderItem={(s) => (
            <List.Item>
              {s.heldOn} {s.kindLabel}
              {s.place ? `（${s.place}）` : ''}：{s.summary}
              {s.participants ? ` 参加：${s.participants}` : ''}
            </List.Item>
          )}
        />
      </Block>
    </Card>
  );
}
