import {
  DeleteOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Button, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { attachmentUrl, useProposalUpdate } from './api';
import type { Attachment, ProposalView } from './types';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The icon of a file by its type: a signed PDF letter must not look like a Word document. */
function FileIcon({ name }: { name: string }) {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'pdf') return <FilePdfOutlined data-testid="file-icon-pdf" />;
  if (ext === 'doc' || ext === 'docx') return <FileWordOutlined data-testid="file-icon-word" />;
  if (['png', 'jpg', 'jpeg'].includes(ext ?? '')) return <FileImageOutlined />;
  return <PaperClipOutlined />;
}

/** A file as a download link with its type's icon and its size. */
export function FileLink({ href, name, bytes }: { href: string; name: string; bytes?: number }) {
  return (
    <Space size={4}>
      <FileIcon name={name} />
      <a href={href} download>
        {name}
      </a>
      {bytes !== undefined && <Typography.Text type="secondary">（{size(bytes)}）</Typography.Text>}
    </Space>
  );
}

/**
 * A proposal's attachments: download links for everyone who reads it; upload and delete while
 * the draft may be edited (the server checks type, size and the draft state again).
 */
export function Attachments({ p, editable = p.abilities.edit }: { p: ProposalView; editable?: boolean }) {
  const message = useMessage();
  const update = useProposalUpdate();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const res = await api.upload<{ proposal: ProposalView }>(`/api/proposals/${p.id}/attachments`, form);
      update(res.proposal);
      message.success(`已上传 ${file.name}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (a: Attachment) => {
    try {
      update(await api.delete<ProposalView>(`/api/proposals/${p.id}/attachments/${a.id}`));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  if (!editable && p.attachments.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {p.attachments.length > 0 && (
        <List
          size="small"
          dataSource={p.attachments}
          rowKey="id"
          renderItem={(a) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button
                        key="delete"
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`删除附件 ${a.fileName}`}
                        onClick={() => remove(a)}
                      />,
                    ]
                  : []
              }
            >
              <FileLink href={attachmentUrl(p.id, a.id)} name={a.fileName} bytes={a.sizeBytes} />
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传附件
          </Button>
        </Upload>
      )}
      {editable && (
        <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>
          支持 pdf、doc、docx、wps、xls、xlsx、pptx、jpg、png、txt，单个不超过 10 MB
        </Typography.Text>
      )}
    </Space>
  );
}
