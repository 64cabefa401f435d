import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Select, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import type { Page } from '../../api/client';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import { CommitteeSwitcher } from '../../features/org/CommitteeSwitcher';
import { SessionFormModal } from '../../features/org/SessionFormModal';
import { TermFormModal } from '../../features/org/TermFormModal';
import { SESSIONS_URL, type SessionItem, TERMS_URL, type TermItem, useTerms } from '../../features/org/terms';

/** Adds an edit column when at least one row on the page may be changed by the caller. */
function withEdit<T extends { abilities: { update: boolean } }>(
  columns: TableColumnsType<T>,
  onEdit: (row: T) => void,
) {
  return (page: Page<T> | undefined): TableColumnsType<T> =>
    page?.items.some((r) => r.abilities.update)
      ? [
          ...columns,
          {
            key: 'actions',
            title: '操作',
            render: (_, row) =>
              row.abilities.update && (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
                  修改
                </Button>
              ),
          },
        ]
      : columns;
}

const termColumns: TableColumnsType<TermItem> = [
  {
    key: 'name',
    title: '届次',
    render: (_, t) => (
      <Space>
        {t.name}
        {t.current && <Tag color="red">本届</Tag>}
      </Space>
    ),
  },
  { key: 'startDate', dataIndex: 'startDate', title: '开始日期' },
  { key: 'endDate', dataIndex: 'endDate', title: '结束日期' },
];

const sessionColumns: TableColumnsType<SessionItem> = [
  { key: 'name', dataIndex: 'name', title: '会议' },
  { key: 'termName', dataIndex: 'termName', title: '届次' },
  { key: 'year', dataIndex: 'year', title: '年度' },
  { key: 'openingDate', dataIndex: 'openingDate', title: '开幕日期' },
];

/** 届次与会议: the committee's terms and their yearly plenary sessions. */
export function TermsPage() {
  const { data: me } = useMe();
  const qc = useQueryClient();
  const [committeeId, setCommitteeId] = useState<number>();
  const [editingTerm, setEditingTerm] = useState<TermItem | 'new' | null>(null);
  const [editingSession, setEditingSession] = useState<SessionItem | 'new' | null>(null);
  const { data: terms } = useTerms(committeeId);
  if (!me) return null;
  const addButton = (label: string, onClick: () => void) => (page: Page<unknown> | undefined) =>
    page?.abilities?.create && (
      <Button type="primary" icon={<PlusOutlined />} onClick={onClick}>
        {label}
      </Button>
    );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CommitteeSwitcher value={committeeId} onChange={setCommitteeId} ownCommitteeId={me.committeeId} />
      <Card title="届次">
        <ServerTable<TermItem>
          url={TERMS_URL}
          params={{ committeeId }}
          columns={withEdit(termColumns, setEditingTerm)}
          toolbar={addButton('新增届次', () => setEditingTerm('new'))}
        />
      </Card>
      <Card title="会议（次会议）">
        <ServerTable<SessionItem>
          url={SESSIONS_URL}
          params={{ committeeId }}
          columns={withEdit(sessionColumns, setEditingSession)}
          filters={
            <Form.Item name="termId">
              <Select
                allowClear
                placeholder="全部届次"
                style={{ width: 160 }}
                options={(terms?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
              />
            </Form.Item>
          }
          toolbar={addButton('新增会议', () => setEditingSession('new'))}
        />
      </Card>
      <TermFormModal
        editing={editingTerm}
        onClose={() => setEditingTerm(null)}
        onSaved={() => {
          setEditingTerm(null);
          qc.invalidateQueries({ queryKey: [TERMS_URL] });
          qc.invalidateQueries({ queryKey: [SESSIONS_URL] });
        }}
      />
      <SessionFormModal
        editing={editingSession}
        terms={terms?.items ?? []}
        onClose={() => setEditingSession(null)}
        onSaved={() => {
          setEditingSession(null);
          qc.invalidateQueries({ queryKey: [SESSIONS_URL] });
        }}
      />
    </Space>
  );
}
