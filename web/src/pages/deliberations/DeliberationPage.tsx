import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Result, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DELIBERATION_LIMITS, POST_KIND_LABELS, POST_KINDS } from '../../../../domain/deliberations';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { useMessage } from '../../feedback/message';
import { HitWords } from '../consultation-plan/TopicsPage';
import { type DeliberationView, type PostItem, useDeliberation, useHallRefresh, usePosts } from './api';

type Post = Omit<PostItem, 'replies'>;

/** 留言 / 回复: the member's form (a reply is always a comment). */
function PostForm({ id, parentId, onDone }: { id: number; parentId?: number; onDone?: () => void }) {
  const [form] = Form.useForm<{ body: string; kind: string }>();
  const [busy, setBusy] = useState(false);
  const refresh = useHallRefresh();
  const message = useMessage();
  const send = async (v: { body: string; kind: string }) => {
    setBusy(true);
    try {
      const p = await api.post<Post>(`/api/deliberations/${id}/posts`, { ...v, parentId: parentId ?? null });
      form.resetFields();
      message.success(p.status === 'pending' ? '留言已提交，含敏感词，审核后显示' : '留言已发布');
      void refresh();
      onDone?.();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={send}
      initialValues={{ kind: 'suggestion' }}
      aria-label={parentId ? '回复' : '我要留言'}
    >
      <Form.Item
        name="body"
        label={parentId ? '回复' : '留言'}
        rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
      >
        <Input.TextArea rows={parentId ? 2 : 4} maxLength={DELIBERATION_LIMITS.body} showCount />
      </Form.Item>
      {!parentId && (
        <Form.Item name="kind" label="类别">
          <Radio.Group options={POST_KINDS.map((k) => ({ value: k, label: POST_KIND_LABELS[k] }))} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {parentId ? '发表回复' : '发表留言'}
      </Button>
    </Form>
  );
}

/** The moderators' buttons on a post: 通过, 不予发布, 采纳. */
function Moderation({ p }: { p: Post }) {
  const refresh = useHallRefresh();
  const message = useMessage();
  const step = async (action: 'approve' | 'reject' | 'adopt', done: string) => {
    try {
      await api.post(`/api/deliberation-posts/${p.id}/${action}`, { expectedVersion: p.version });
      message.success(done);
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space wrap size={4}>
      {p.abilities.approve && (
        <Button size="small" type="primary" onClick={() => step('approve', '已通过')}>
          通过
        </Button>
      )}
      {p.abilities.reject && (
        <Button size="small" danger onClick={() => step('reject', '已不予发布')}>
          不予发布
        </Button>
      )}
      {p.abilities.adopt && p.parentId === null && (
        <Button size="small" onClick={() => step('adopt', '已采纳')}>
          采纳
        </Button>
      )}
    </Space>
  );
}

function PostCard({ p, topic }: { p: PostItem; topic: DeliberationView }) {
  const [replying, setReplying] = useState(false);
  const refresh = useHallRefresh();
  const like = async (target: Post) => {
    const url = `/api/deliberation-posts/${target.id}/like`;
    await (target.liked ? api.delete(url) : api.post(url));
    void refresh();
  };
  const line = (x: Post) => (
    <Space wrap size={4}>
      <Typography.Text strong>{x.authorName}</Typography.Text>
      <Tag>{x.authorKind}</Tag>
      {x.parentId === null && <Tag color="blue">{x.kindLabel}</Tag>}
      {x.status !== 'approved' && (
        <Tag color={x.status === 'adopted' ? 'green' : 'orange'}>{x.statusLabel}</Tag>
      )}
      <Typography.Text type="secondary">{formatTime(x.createdAt)}</Typography.Text>
    </Space>
  );
  const likeButton = (x: Post) => (
    <Button
      size="small"
      type="text"
      icon={x.liked ? <LikeFilled /> : <LikeOutlined />}
      disabled={!topic.abilities.post && !x.liked}
      aria-pressed={x.liked}
      onClick={() => like(x)}
    >
      赞 {x.likes}
    </Button>
  );
  return (
    <Card size="small" data-testid="hall-post">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {line(p)}
        <HitWords words={p.sensitiveWords} />
        <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{p.body}</div>
        <Space wrap size={4}>
          {p.status !== 'pending' && likeButton(p)}
          {topic.abilities.post && p.parentId === null && (
            <Button size="small" type="link" onClick={() => setReplying((r) => !r)}>
              回复
            </Button>
          )}
          <Moderation p={p} />
        </Space>
        {p.replies.map((r) => (
          <div key={r.id} style={{ borderLeft: '3px solid #eee', paddingLeft: 8 }}>
            {line(r)}
            <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.body}</div>
            {likeButton(r)}
          </div>
        ))}
        {replying && <PostForm id={topic.id} parentId={p.id} onDone={() => setReplying(false)} />}
      </Space>
    </Card>
  );
}

function TopicActions({ d }: { d: DeliberationView }) {
  const navigate = useNavigate();
  const refresh = useHallRefresh();
  const message = useMessage();
  const step = async (action: 'close' | 'reopen') => {
    try {
      await api.post(`/api/deliberations/${d.id}/${action}`, { expectedVersion: d.version });
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space wrap>
      {d.abilities.compile && (
        <Button type="primary" onClick={() => navigate(`/deliberations/${d.id}/compile`)}>
          归类整理
        </Button>
      )}
      {d.abilities.close && <Button onClick={() => step('close')}>结束征集</Button>}
      {d.abilities.reopen && <Button onClick={() => step('reopen')}>重新开放</Button>}
    </Space>
  );
}

/**
 * One topic of the hall, phone first: what it asks and its participation, the member's form, the
 * posts with replies and likes; organisers switch to the moderation queue (待审核).
 */
export function DeliberationPage() {
  const id = Number(useParams().id);
  const { data: d, isLoading, error } = useDeliberation(id);
  // The organisers' to-do opens the queue (?view=pending).
  const [search] = useSearchParams();
  const [view, setView] = useState<'all' | 'pending'>(search.get('view') === 'pending' ? 'pending' : 'all');
  const posts = usePosts(id, view === 'pending' ? { status: 'pending' } : {});
  if (isLoading) return <Skeleton active />;
  if (!d) return <Result status="404" title={(error as Error | null)?.message ?? '议题不存在'} />;
  const c = d.counts;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={d.title}
        extra={<Tag color={d.status === 'open' ? 'green' : 'default'}>{d.statusLabel}</Tag>}
      >
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {d.audienceLabel} · {d.opensOn} 至 {d.closesOn}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-wrap' }}>{d.description}</div>
          <Typography.Text type="secondary" data-testid="hall-counts">
            参与 {c.participants} 人次（委员 {c.members} 人）· 留言 {c.posts} 条 · 建议 {c.suggestions} 条 ·
            采纳 {c.adopted} 条{d.audience === 'public' ? ` · 公开页访问 ${c.visits} 人次` : ''}
          </Typography.Text>
          <TopicActions d={d} />
        </Space>
      </Card>
      {d.abilities.post && (
        <Card size="small" title="我要留言">
          <PostForm id={d.id} />
        </Card>
      )}
      {d.abilities.moderate && (
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'all' | 'pending')}
          options={[
            { value: 'all', label: '全部留言' },
            { value: 'pending', label: `待审核（${c.pending}）` },
          ]}
        />
      )}
      {posts.data?.items.length === 0 && <Typography.Text type="secondary">暂无留言</Typography.Text>}
      {posts.data?.items.map((p) => (
        <PostCard key={p.id} p={p} topic={d} />
      ))}
    </Space>
  );
}
