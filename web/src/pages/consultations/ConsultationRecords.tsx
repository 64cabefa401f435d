import { DatePicker, Form, Input, Radio, Select, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { OUTPUT_KIND_LABELS, OUTPUT_KINDS } from '../../../../domain/consultations';
import { api } from '../../api/client';
import { RemoteSelect } from '../../components/RemoteSelect';
import type { ConsultationView } from '../../features/consultations/types';
import { type useDocStep, useOpinionRefresh } from '../../features/opinions/api';
import { ModalStep } from '../../features/opinions/common';

export type Step = ReturnType<typeof useDocStep<ConsultationView>>;
const dayOf = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 记录发言: a member (or a named guest), the text and an optional file, sent as a form. */
export function SpeechStep({ c }: { c: ConsultationView }) {
  const refresh = useOpinionRefresh();
  const [file, setFile] = useState<File | null>(null);
  const url = `/api/consultations/${c.id}`;
  return (
    <ModalStep<{ memberId?: number; speakerName?: string; title: string; text: string }>
      button="记录发言"
      title="记录发言"
      name="consultation-speech"
      okText="保存"
      onSubmit={async (v) => {
        const form = new FormData();
        if (v.memberId) form.append('memberId', String(v.memberId));
        if (v.speakerName) form.append('speakerName', v.speakerName);
        form.append('title', v.title);
        form.append('text', v.text);
        if (file) form.append('file', file);
        const next = await api.upload<ConsultationView>(`${url}/speeches`, form);
        setFile(null);
        refresh(url, next);
      }}
    >
      <Form.Item name="memberId" label="发言委员">
        <RemoteSelect url="/api/members" allowClear placeholder="选择委员（或填写发言人）" />
      </Form.Item>
      <Form.Item name="speakerName" label="发言人（非委员）">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="title" label="发言题目" rules={[{ required: true, message: '请填写发言题目' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="text" label="发言内容" rules={[{ required: true, message: '请填写发言内容' }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      <Upload
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          return false;
        }}
        onRemove={() => setFile(null)}
      >
        <a href="#file">选择发言材料</a>
      </Upload>
    </ModalStep>
  );
}

type SuggestionForm = {
  source: 'member' | 'resident';
  memberId?: number;
  proposerName?: string;
  text: string;
  unitId: number;
  due?: Dayjs;
};

/** Posts a step under the document's URL (an activity's, a supervision group's, an inspection's). */
export type PathStep = (path: string, body: Record<string, unknown>, done?: string) => Promise<unknown>;

/**
 * 交办意见建议: one record each, to its department, with the due date (default 20 working days).
 * Activities, supervision groups and inspections all send theirs through this one form.
 */
export function SuggestionStep({ step }: { step: PathStep }) {
  const [source, setSource] = useState<'member' | 'resident'>('member');
  return (
    <ModalStep<SuggestionForm>
      button="交办意见建议"
      title="交办意见建议"
      name="consultation-suggestion"
      okText="交办"
      buttonProps={{ type: 'primary' }}
      initialValues={{ source: 'member' }}
      onSubmit={({ due, ...v }) =>
        step('suggestions', { ...v, dueOn: due ? dayOf(due) : null }, '已交办，责任部门已收到通知')
      }
    >
      <Form.Item name="source" label="提出人类别">
        <Radio.Group
          onChange={(e) => setSource(e.target.value)}
          options={[
            { value: 'member', label: '委员' },
            { value: 'resident', label: '群众' },
          ]}
        />
      </Form.Item>
      {source === 'member' ? (
        <Form.Item name="memberId" label="委员" rules={[{ required: true, message: '请选择委员' }]}>
          <RemoteSelect url="/api/members" placeholder="提出建议的委员" />
        </Form.Item>
      ) : (
        <Form.Item name="proposerName" label="提出人" rules={[{ required: true, message: '请填写提出人' }]}>
          <Input maxLength={50} placeholder="如：城关社区居民代表" />
        </Form.Item>
      )}
      <Form.Item name="text" label="意见建议" rules={[{ required: true, message: '请填写意见建议' }]}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item name="unitId" label="责任部门" rules={[{ required: true, message: '请选择责任部门' }]}>
        <RemoteSelect url="/api/org/handling-units" placeholder="责任部门" />
      </Form.Item>
      <Form.Item name="due" label="反馈期限（不填为 20 个工作日）">
        <DatePicker />
      </Form.Item>
    </ModalStep>
  );
}

/** 撰写成果: a 纪要, 协商专报 or 建议案 (printed as Word). */
export function OutputStep({ step }: { step: Step }) {
  return (
    <ModalStep<{ kind: string; title: string; body: string }>
      button="撰写成果"
      title="撰写成果"
      name="consultation-output"
      okText="保存"
      initialValues={{ kind: 'minutes' }}
      onSubmit={(v) => step('outputs', v, '成果已保存')}
    >
      <Form.Item name="kind" label="成果类别">
        <Select options={OUTPUT_KINDS.map((k) => ({ value: k, label: OUTPUT_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, message: '请填写正文' }]}>
        <Input.TextArea rows={8} maxLength={50000} />
      </Form.Item>
    </ModalStep>
  );
}

/** 报送成果: to whom and when. */
export function SendOutputStep({ step, outputId }: { step: Step; outputId: number }) {
  return (
    <ModalStep<{ sentTo: string; on: Dayjs }>
      button="报送"
      title="报送成果"
      name="consultation-send-output"
      okText="报送"
      initialValues={{ sentTo: '区委、区政府' }}
      onSubmit={(v) =>
        step(`outputs/${outputId}/send`, { sentTo: v.sentTo, sentOn: dayOf(v.on) }, '已记录报送')
      }
    >
      <Form.Item name="sentTo" label="报送对象" rules={[{ required: true, message: '请填写报送对象' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="on" label="报送日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker />
      </Form.Item>
    </ModalStep>
  );
}

/** 记录问题 and 问题已解决 at a grass-roots session. */
export function ProblemStep({ step }: { step: Step }) {
  return (
    <ModalStep<{ text: string }>
      button="记录问题"
      title="记录群众反映的问题"
      name="consultation-problem"
      okText="保存"
      onSubmit={(v) => step('problems', v, '问题已记录')}
    >
      <Form.Item name="text" label="问题" rules={[{ required: true, message: '请填写问题' }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ModalStep>
  );
}

export function SolveStep({ step, problemId }: { step: Step; problemId: number }) {
  return (
    <ModalStep<{ solution: string; on: Dayjs }>
      button="已解决"
      title="问题已解决"
      name="consultation-solve"
      okText="保存"
      onSubmit={(v) =>
        step(`problems/${problemId}/solve`, { solution: v.solution, solvedOn: dayOf(v.on) }, '已记录解决情况')
      }
    >
      <Form.Item name="solution" label="解决情况" rules={[{ required: true, message: '请填写解决情况' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="on" label="解决日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker />
      </Form.Item>
    </ModalStep>
  );
}
