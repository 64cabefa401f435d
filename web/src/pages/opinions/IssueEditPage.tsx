import { Button, Card, Form, Input, Radio, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ISSUE_KIND_LABELS, ISSUE_KINDS } from '../../../../domain/bulletin-issues';
import { api } from '../../api/client';
import { showApiError } from '../../components/formErrors';
import { useDoc, useOpinionRefresh } from '../../features/opinions/api';
import { ListMultiSelect } from '../../features/opinions/common';
import type { IssueView } from '../../features/opinions/types';
import { useMessage } from '../../feedback/message';

interface Values {
  kind: 'periodical' | 'special';
  itemIds: number[];
  leaderIds: number[];
  copyTo: string;
}

/** 组稿 / 修改期刊: the kind, the items in the order chosen, the leaders it goes to and 抄送. */
export function IssueEditPage() {
  const { id } = useParams();
  const url = `/api/bulletin-issues/${id}`;
  const { data: issue, isLoading, error } = useDoc<IssueView>(url, id !== undefined);
  if (id !== undefined && isLoading) return <Skeleton active />;
  if (id !== undefined && !issue)
    return <Result status="404" title={(error as Error | null)?.message ?? '期刊不存在'} />;
  if (issue && !issue.abilities.edit) return <Result status="warning" title="期刊已签发，不能再修改" />;
  return <IssueForm issue={issue} />;
}

function IssueForm({ issue }: { issue?: IssueView }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const refresh = useOpinionRefresh();
  const message = useMessage();
  const submit = async (v: Values) => {
    try {
      const saved = issue
        ? await api.put<IssueView>(`/api/bulletin-issues/${issue.id}`, {
            itemIds: v.itemIds,
            leaderIds: v.leaderIds,
            copyTo: v.copyTo,
            expectedVersion: issue.version,
          })
        : await api.post<IssueView>('/api/bulletin-issues', v);
      refresh(`/api/bulletin-issues/${saved.id}`, saved);
      message.success(issue ? '期刊已修改' : '已组稿，待办公室签发');
      navigate(`/opinions/issues/${saved.id}`, { replace: true });
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    }
  };
  return (
    <Card size="small">
      <Form<Values>
        form={form}
        name="issue"
        layout="vertical"
        onFinish={submit}
        initialValues={
          issue
            ? {
                kind: issue.kind,
                itemIds: issue.items.map((i) => i.id),
                leaderIds: issue.recipients.map((r) => r.leaderId),
                copyTo: issue.copyTo,
              }
            : { kind: 'periodical', itemIds: [], leaderIds: [], copyTo: '' }
        }
      >
        <Form.Item name="kind" label="类别">
          <Radio.Group
            disabled={issue !== undefined}
            options={ISSUE_KINDS.map((k) => ({ value: k, label: ISSUE_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item
          name="itemIds"
          label="编入的信息（按选择的先后排序）"
          rules={[{ required: true, message: '请选择信息' }]}
        >
          <ListMultiSelect
            url="/api/opinion-items"
            params={{ compiled: 'false', own: 'true' }}
            known={issue?.items.map((i) => ({ value: i.id, label: i.title }))}
            placeholder="搜索待编入的编辑稿"
          />
        </Form.Item>
        <Form.Item name="leaderIds" label="报送领导">
          <ListMultiSelect
            url="/api/org/leaders"
            labelOf={(l) => `${l.name}（${l.title}）`}
            known={issue?.recipients.map((r) => ({ value: r.leaderId, label: `${r.name}（${r.title}）` }))}
            placeholder="搜索领导姓名"
          />
        </Form.Item>
        <Form.Item name="copyTo" label="抄送">
          <Input maxLength={200} placeholder="如：区委办公室、区政府办公室" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {issue ? '保存' : '组稿'}
        </Button>
      </Form>
    </Card>
  );
}
