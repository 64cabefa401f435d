import { Alert, Button, Card, Descriptions, Popconfirm, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { useMessage } from '../../feedback/message';
import { Attachments } from './Attachments';
import { useProposalUpdate } from './api';
import { RichText } from './RichText';
import type { ProposalView, Signer } from './types';

const SIGNER_COLORS: Record<Signer['state'], string> = {
  invited: 'gold',
  confirmed: 'green',
  declined: 'red',
};

/** 移除联名人: a co-signer who declined (or has not answered) can be dropped by the first signer. */
function RemoveCosigner({ p, s }: { p: ProposalView; s: Signer }) {
  const message = useMessage();
  const update = useProposalUpdate();
  const remove = async () => {
    try {
      update(
        await api.delete<ProposalView>(
          `/api/proposals/${p.id}/cosigners/${s.memberId}?expectedVersion=${p.version}`,
        ),
      );
      message.success(`已移除联名人${s.name}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Popconfirm title={`移除联名人${s.name}？`} okText="移除" cancelText="取消" onConfirm={remove}>
      <Button type="link" size="small" danger>
        移除
      </Button>
    </Popconfirm>
  );
}

/** The signers with where each stands (第一提案人, 联名人 待确认/已确认/已谢绝). */
function Signers({ p, signers }: { p: ProposalView; signers: Signer[] }) {
  return (
    <Space size={[4, 4]} wrap>
      {signers.map((s) => (
        <span key={s.memberId}>
          <Tag
            color={s.role === 'lead' ? 'red' : SIGNER_COLORS[s.state]}
            title={s.declineReason ?? undefined}
          >
            {s.name}（{s.role === 'lead' ? s.roleLabel : s.stateLabel}）
          </Tag>
          {p.abilities.removeCosigner && s.role === 'co' && s.state !== 'confirmed' && (
            <RemoveCosigner p={p} s={s} />
          )}
        </span>
      ))}
    </Space>
  );
}

const ref = (r: { id: number; numberLabel: string | null; title: string }) => (
  <Link to={`/proposals/${r.id}`}>
    {r.numberLabel ? `${r.numberLabel} ` : ''}
    {r.title}
  </Link>
);

/** The proposal itself: facts, people, merge links, 情况/分析/建议 and the attachments. */
export function ProposalInfo({ p }: { p: ProposalView }) {
  const proposer = p.submitterName ?? p.signers.find((s) => s.role === 'lead')?.name ?? '';
  return (
    <Card size="small" title="提案内容">
      {p.mergedInto && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={<>已并入 {ref(p.mergedInto)}，随主提案办理和答复</>}
        />
      )}
      {p.rejectReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`不予立案理由：${p.rejectReason}`}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'number', label: '编号', children: p.numberLabel ?? '未立案' },
          { key: 'session', label: '届次会议', children: p.sessionName },
          { key: 'category', label: '类别', children: p.categoryName ?? '未选择' },
          { key: 'kind', label: '提出方式', children: p.submitterKindLabel },
          { key: 'proposer', label: '提案者', children: proposer },
          { key: 'submittedAt', label: '提交时间', children: formatTime(p.submittedAt) || '—' },
          { key: 'registeredAt', label: '立案时间', children: formatTime(p.registeredAt) || '—' },
          ...(p.signers.length > 1
            ? [{ key: 'signers', label: '联名', span: 3, children: <Signers p={p} signers={p.signers} /> }]
            : []),
          ...(p.mergedProposals.length
            ? [
                {
                  key: 'merged',
                  label: '并入的提案',
                  span: 3,
                  children: (
                    <Space orientation="vertical" size={2}>
                      {p.mergedProposals.map((m) => (
                        <span key={m.id}>
                          {ref(m)}（{m.signers.map((s) => s.name).join('、')}）
                        </span>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {(
        [
          ['情况', p.situationHtml],
          ['分析', p.analysisHtml],
          ['建议', p.recommendationHtml],
        ] as const
      ).map(([label, html]) => (
        <section key={label} style={{ marginTop: 12 }}>
          <Typography.Title level={5}>{label}</Typography.Title>
          <RichText html={html} />
        </section>
      ))}
      {p.attachments.length > 0 && (
        <section style={{ marginTop: 12 }}>
          <Typography.Title level={5}>附件</Typography.Title>
          <Attachments p={p} editable={false} />
        </section>
      )}
    </Card>
  );
}

/** Every step with who, when and what (DOMAIN.md §2: proposer, staff and unit all see it). */
export function ProposalTimeline({ p }: { p: ProposalView }) {
  return (
    <Card size="small" title="办理过程" data-testid="timeline">
      <Timeline
        items={[...p.timeline].reverse().map((e) => ({
          key: e.id,
          color: e.toStatus === e.fromStatus ? 'gray' : 'blue',
          content: (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>
                {e.actionLabel}
                {/* The new status, unless the step's name says it already (创建草稿, not 创建草稿 草稿). */}
                {e.fromStatus !== e.toStatus && !e.actionLabel?.endsWith(e.toStatusLabel ?? '') && (
                  <Tag style={{ marginLeft: 6 }}>{e.toStatusLabel}</Tag>
                )}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>
                {formatTime(e.at)} {e.actorName ?? ''}
              </Typography.Text>
              {e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Text>}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}
