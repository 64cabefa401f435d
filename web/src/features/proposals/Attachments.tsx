import { List, Space, Typography } from 'antd';
import { DeleteFileButton, FileLink, UploadButton } from '../../components/Files';
import { attachmentUrl, useProposalUpdate } from './api';
import type { ProposalView } from './types';

/**
 * A proposal's attachments: download links for everyone who reads it; upload and delete while
 * the draft may be edited (the server checks type, size and the draft state again).
 */
export function Attachments({ p, editable = p.abilities.edit }: { p: ProposalView; editable?: boolean }) {
  const update = useProposalUpdate();
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
                      <DeleteFileButton<ProposalView>
                        key="delete"
                        url={attachmentUrl(p.id, a.id)}
                        name={a.fileName}
                        label={`删除附件 ${a.fileName}`}
                        done={update}
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
        <UploadButton<{ proposal: ProposalView }>
          url={`/api/proposals/${p.id}/attachments`}
          done={(res) => update(res.proposal)}
        />
      )}
      {editable && (
        <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }}>
          支持 pdf、doc、docx、wps、xls、xlsx、pptx、jpg、png、txt，单个不超过 10 MB
        </Typography.Text>
      )}
    </Space>
  );
}
