import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Popconfirm } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { refreshProposalLists } from './api';
import { StepButton, StepModal } from './StepModal';
import type { ProposalView } from './types';

/** Deletes a never-submitted draft outright (a submitted one is withdrawn instead). */
function DeleteDraftButton({ p }: { p: ProposalView }) {
  const message = useMessage();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const remove = async () => {
    try {
      await api.delete(`/api/proposals/${p.id}?expectedVersion=${p.version}`);
      void refreshProposalLists(qc);
      message.success('草稿已删除');
      navigate('/proposals/mine');
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Popconfirm title="删除后不可恢复，确定删除该草稿？" okText="删除" cancelText="取消" onConfirm={remove}>
      <Button danger>删除草稿</Button>
    </Popconfirm>
  );
}

/** The proposer's and co-signers' steps: edit, submit, delete, 撤案, confirm or decline co-signing. */
export function ProposerActions({ p }: { p: ProposalView }) {
  const can = p.abilities;
  const navigate = useNavigate();
  return (
    <>
      {can.edit && (
        <Button type="primary" onClick={() => navigate(`/proposals/${p.id}/edit`)}>
          修改草稿
        </Button>
      )}
      {can.submit && (
        <StepButton p={p} path="submit" button="提交" done="提案已提交" confirm="确定提交该提案？" />
      )}
      {can.delete && <DeleteDraftButton p={p} />}
      {can.confirmCosign && (
        <StepButton
          p={p}
          path="cosign/confirm"
          button="确认联名"
          done="已确认联名"
          buttonProps={{ type: 'primary' }}
          confirm="确认作为联名人提出该提案？"
        />
      )}
      {can.declineCosign && (
        <StepModal<{ reason?: string }>
          p={p}
          path="cosign/decline"
          title="谢绝联名"
          button="谢绝联名"
          done="已谢绝联名"
        >
          <Form.Item label="理由（选填）" name="reason">
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </StepModal>
      )}
      {can.withdraw && (
        <StepModal<{ note?: string }>
          p={p}
          path="withdraw"
          title="撤案"
          button="撤案"
          buttonProps={{ danger: true }}
          okText="确认撤案"
          done="提案已撤回"
        >
          <p>撤案后该提案不再审查，此操作不可撤销。</p>
          <Form.Item label="撤案原因（选填）" name="note">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </StepModal>
      )}
    </>
  );
}
