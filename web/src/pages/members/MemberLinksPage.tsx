import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, Popconfirm, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import { AddLinkModal } from '../../features/members/AddLinkModal';
import type { MemberLink } from '../../features/members/api';
import { MemberPicker } from '../../features/members/MemberPicker';
import { useMessage } from '../../feedback/message';

const person = (p: MemberLink['linker']) => (
  <>
    <Link to={`/members/${p.id}`}>{p.name}</Link>（{p.position}）
  </>
);

/**
 * The linked member's 履职档案, for whoever reads it (联系制度: the linker follows it; staff read every
 * archive); the server answers anyone else with a 404 all the same.
 */
function ArchiveLink({ l, me }: { l: MemberLink; me: ReturnType<typeof useMe>['data'] }) {
  if (!me || (me.role !== 'staff' && me.memberId !== l.linker.id)) return null;
  return (
    <>
      {' '}
      <Link to={`/duty-archive/members/${l.linked.id}`} aria-label={`${l.linked.name}的履职档案`}>
        履职档案
      </Link>
    </>
  );
}

/** 解除: shown only when the link's abilities allow it (the staff of its own committee). */
function RemoveLinkButton({ link, onRemoved }: { link: MemberLink; onRemoved: () => void }) {
  const message = useMessage();
  if (!link.abilities.delete) return null;
  const remove = async () => {
    try {
      await api.delete(`/api/member-links/${link.id}`);
      message.success(`已解除 ${link.linker.name} 与 ${link.linked.name} 的联系`);
      onRemoved();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Popconfirm title={`解除 ${link.linker.name} 与 ${link.linked.name} 的联系？`} onConfirm={remove}>
      <Button type="link" danger size="small" icon={<DeleteOutlined />}>
        解除
      </Button>
    </Popconfirm>
  );
}

/** 联系制度: who follows up whom, filtered by either side; the staff add and remove pairs. */
export function MemberLinksPage() {
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const [adding, setAdding] = useState(false);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const columns: TableColumnsType<MemberLink> = [
    { title: '联系人', key: 'linker', render: (_, l) => person(l.linker) },
    {
      title: '被联系人',
      key: 'linked',
      render: (_, l) => (
        <>
          {person(l.linked)}
          <ArchiveLink l={l} me={me} />
        </>
      ),
    },
    { title: '委员会', dataIndex: 'committeeName' },
    { title: '操作', key: 'actions', render: (_, l) => <RemoveLinkButton link={l} onRemoved={refresh} /> },
  ];
  const phone = screens.md === false;
  const itemStyle = phone ? { width: '100%', marginInlineEnd: 0 } : undefined;
  const picker = (name: string, label: string) => (
    <Form.Item name={name} style={itemStyle}>
      <MemberPicker
        placeholder={label}
        aria-label={`按${label}筛选`}
        style={{ width: phone ? '100%' : 200 }}
      />
    </Form.Item>
  );
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<MemberLink>
        url="/api/member-links"
        columns={columns}
        queryKeyExtra={version}
        renderCard={(l) => (
          <Card size="small" styles={{ body: { display: 'flex', alignItems: 'center', gap: 8 } }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              {person(l.linker)} → {person(l.linked)}
              <ArchiveLink l={l} me={me} />
            </div>
            <RemoveLinkButton link={l} onRemoved={refresh} />
          </Card>
        )}
        filters={
          <>
            {picker('linkerId', '联系人')}
            {picker('linkedId', '被联系人')}
          </>
        }
        toolbar={
          me?.abilities.manageMembers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增联系
            </Button>
          )
        }
      />
      <AddLinkModal open={adding} onClose={() => setAdding(false)} onAdded={refresh} />
    </Card>
  );
}
