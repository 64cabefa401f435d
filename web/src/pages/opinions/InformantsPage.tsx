import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Radio, Switch, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { INFORMANT_SOURCE_LABELS, INFORMANT_SOURCES } from '../../../../domain/opinion-reports';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ServerTable } from '../../components/ServerTable';
import { useMessage } from '../../feedback/message';

const URL = '/api/opinion-informants';
type Informant = ApiResponse<'/api/opinion-informants'>['items'][number];

interface Values {
  name: string;
  employer?: string;
  recommendedBy: 'specialCommittee' | 'sector';
  specialCommitteeId?: number;
  sectorId?: number;
  active: boolean;
  note?: string;
}

/** The recommending special committee or sector, whichever the choice above names. */
function Recommender({ editing }: { editing: Informant | null }) {
  const by = Form.useWatch<Values['recommendedBy']>('recommendedBy');
  const sector = by === 'sector';
  return (
    <Form.Item
      name={sector ? 'sectorId' : 'specialCommitteeId'}
      label={sector ? '推荐的界别' : '推荐的专门委员会'}
      rules={[{ required: true, message: '请选择推荐单位' }]}
    >
      <RemoteSelect
        url={sector ? '/api/org/sectors' : '/api/org/special-committees'}
        placeholder="输入名称搜索"
        selectedLabel={editing?.recommenderName ?? null}
      />
    </Form.Item>
  );
}

const columns: TableColumnsType<Informant> = [
  { key: 'name', dataIndex: 'name', title: '姓名' },
  { key: 'employer', dataIndex: 'employer', title: '工作单位' },
  {
    key: 'recommender',
    title: '推荐单位',
    render: (_, r) => `${r.recommendedByLabel}：${r.recommenderName ?? ''}`,
  },
  { key: 'reports', dataIndex: 'reports', title: '报送篇数' },
  {
    key: 'state',
    title: '状态',
    render: (_, r) => (
      <>
        {r.active ? <Tag color="green">在任</Tag> : <Tag>离任</Tag>}
        {r.hasAccount ? <Tag color="blue">已开通账号</Tag> : <Tag>未开通账号</Tag>}
      </>
    ),
  },
];

/**
 * 特邀信息员名录: the informants appointed on a special committee's or a sector's recommendation.
 * Their accounts (role 特邀信息员, only the right to report) are opened by the security
 * administrator on the accounts page.
 */
export function InformantsPage() {
  const qc = useQueryClient();
  const message = useMessage();
  const [editing, setEditing] = useState<Informant | 'new' | null>(null);
  const current = editing && editing !== 'new' ? editing : null;
  const save = async (v: Values) => {
    if (current) await api.put(`${URL}/${current.id}`, v);
    else await api.post(URL, v);
    message.success('已保存');
    setEditing(null);
    void qc.invalidateQueries({ queryKey: [URL] });
  };
  return (
    <Card>
      <ServerTable<Informant>
        url={URL}
        columns={[
          ...columns,
          {
            key: 'actions',
            title: '操作',
            render: (_, r) => (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                修改
              </Button>
            ),
          },
        ]}
        filters={
          <Form.Item name="q">
            <Input allowClear placeholder="姓名" aria-label="姓名" style={{ width: 160 }} />
          </Form.Item>
        }
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增特邀信息员
          </Button>
        }
      />
      <FormModal<Values>
        open={editing !== null}
        title={current ? `修改 ${current.name}` : '新增特邀信息员'}
        name="informant"
        initialValues={
          current
            ? {
                name: current.name,
                employer: current.employer ?? undefined,
                recommendedBy: current.recommendedBy as Values['recommendedBy'],
                specialCommitteeId: current.specialCommitteeId ?? undefined,
                sectorId: current.sectorId ?? undefined,
                active: current.active,
                note: current.note ?? undefined,
              }
            : { recommendedBy: 'specialCommittee', active: true }
        }
        onSubmit={save}
        onClose={() => setEditing(null)}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="employer" label="工作单位">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="recommendedBy" label="推荐方式">
          <Radio.Group
            options={INFORMANT_SOURCES.map((s) => ({ value: s, label: INFORMANT_SOURCE_LABELS[s] }))}
          />
        </Form.Item>
        <Recommender editing={current} />
        <Form.Item name="active" label="在任" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
