import { Form, Input, Space } from 'antd';
import { useNavigate } from 'react-router';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useMessage } from '../../feedback/message';
import { useDocStep } from './api';
import { ModalStep, PlainStep } from './common';
import type { ReportView } from './types';

/** The reporter's and the editors' buttons on a report, each shown only when its ability says so. */
export function ReportActions({ r }: { r: ReportView }) {
  const url = `/api/opinion-reports/${r.id}`;
  const step = useDocStep(url, r);
  const navigate = useNavigate();
  const message = useMessage();
  const plain = (path: string, done: string) => () =>
    step(path, {}, done).catch((e) => {
      message.error((e as Error).message);
      throw e;
    });
  const a = r.abilities;
  return (
    <Space wrap>
      {a.edit && (
        <PlainStep button="修改" run={async () => navigate(`/opinions/${r.id}/edit`)} buttonProps={{}} />
      )}
      {a.submit && (
        <PlainStep button="报送" buttonProps={{ type: 'primary' }} run={plain('submit', '已报送')} />
      )}
      {a.withdraw && (
        <PlainStep button="撤回" confirm="撤回后不再处理，确定撤回？" run={plain('withdraw', '已撤回')} />
      )}
      {a.receive && (
        <PlainStep button="接收" buttonProps={{ type: 'primary' }} run={plain('receive', '已接收')} />
      )}
      {a.adopt && (
        <ModalStep<{ itemId?: number }>
          button="采用"
          title="采用这条信息"
          name="adopt-report"
          okText="采用"
          buttonProps={{ type: 'primary' }}
          onSubmit={(v) => step('adopt', v.itemId ? { itemId: v.itemId } : {}, '已采用')}
        >
          <Form.Item name="itemId" label="并入已有编辑稿（同一事项；不选则新建编辑稿）">
            <RemoteSelect
              url="/api/opinion-items"
              params={{ compiled: 'false', own: 'true' }}
              labelOf={(i) => String(i.title)}
              allowClear
              placeholder="搜索编辑稿标题"
            />
          </Form.Item>
        </ModalStep>
      )}
      {a.reject && (
        <ModalStep<{ reason: string }>
          button="不采用"
          title="不采用这条信息"
          name="reject-report"
          okText="不采用"
          buttonProps={{ danger: true }}
          onSubmit={(v) => step('reject', v, '已不采用，理由已告知报送人')}
        >
          <Form.Item
            name="reason"
            label="不采用理由（报送人可见）"
            rules={[{ required: true, message: '请填写理由' }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </ModalStep>
      )}
    </Space>
  );
}
